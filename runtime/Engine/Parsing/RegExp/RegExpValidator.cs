using System;

namespace Aot.Engine.Parsing.RegExp;

/// <summary>
/// Early errors of regular expression literals (ECMA-262 §22.2.1, Annex B §B.1.2).
/// Thin wrapper over <see cref="RegExpPatternParser"/> that formats V8-style messages.
/// </summary>
public static class RegExpValidator
{
    /// <summary>Checks a pattern and its flags. Returns null when valid, else the SyntaxError message
    /// (e.g. "Invalid regular expression: /(/: Unterminated group"). Never throws.</summary>
    public static string? Validate(string pattern, string flags)
    {
        string? reason;
        try
        {
            RegExpPatternParser.Parse(pattern, flags, out reason);
        }
        catch (Exception)
        {
            // Defensive: the parser reports errors by return value; nothing may escape to the lexer.
            reason = "Invalid regular expression";
        }
        return reason == null ? null : Format(pattern, flags, reason);
    }

    /// <summary>Formats a reason as V8 does: "Invalid regular expression: /pattern/flags: reason".</summary>
    public static string Format(string pattern, string flags, string reason)
        => "Invalid regular expression: /" + pattern + "/" + flags + ": " + reason;
}
