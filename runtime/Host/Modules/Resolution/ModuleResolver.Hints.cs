using System;
using System.Text;

namespace Aot.Runtime.Modules.Resolution;

// The "Did you mean to import ...?" line Node 20 appends to ERR_MODULE_NOT_FOUND and
// ERR_UNSUPPORTED_DIR_IMPORT (lib/internal/modules/esm/resolve.js: resolveAsCommonJS).
public sealed partial class ModuleResolver
{
    /// <summary>
    /// What require() would have loaded for the specifier, written the way the user should import it
    /// (JSON-quoted), or null when require() finds nothing either or would suggest the same text.
    /// </summary>
    private string? CommonJsHint(string specifier, string parentPath)
    {
        if (specifier.StartsWith("file://", StringComparison.Ordinal)) return null;
        string? found;
        try
        {
            found = ResolveRequireOrNull(specifier, parentPath)?.Path;
        }
        catch (ModuleResolutionException)
        {
            return null;
        }
        if (found == null) return null;

        if (IsRelativeOrAbsolute(specifier) && specifier[0] == '.')
        {
            // A relative specifier: the found file relative to the importer's directory.
            found = RelativePosixPath(PathText.DirectoryOf(parentPath), found);
            if (!found.StartsWith("../", StringComparison.Ordinal)) found = "./" + found;
        }
        else if (specifier[0] != '/')
        {
            // A bare specifier: the path inside the package, after ".../node_modules/<first segment>/".
            int slash = specifier.IndexOf('/');
            string package = slash < 0 ? specifier : specifier.Substring(0, slash);
            string needle = "/node_modules/" + package + "/";
            int index = found.LastIndexOf(needle, StringComparison.Ordinal);
            if (index >= 0)
            {
                var builder = new StringBuilder(package);
                foreach (string segment in found.Substring(index + needle.Length).Split('/'))
                    builder.Append('/').Append(EncodeUriComponent(segment));
                found = builder.ToString();
            }
            else
            {
                found = FileUrl.FromPath(found);
            }
        }
        return found == specifier ? null : JsonQuote(found);
    }

    /// <summary>path.posix.relative(from, to) for absolute, normalised paths.</summary>
    private static string RelativePosixPath(string from, string to)
    {
        string[] fromParts = from.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] toParts = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int common = 0;
        while (common < fromParts.Length && common < toParts.Length && fromParts[common] == toParts[common]) common++;
        var builder = new StringBuilder();
        for (int i = common; i < fromParts.Length; i++) builder.Append(builder.Length > 0 ? "/.." : "..");
        for (int i = common; i < toParts.Length; i++)
        {
            if (builder.Length > 0) builder.Append('/');
            builder.Append(toParts[i]);
        }
        return builder.ToString();
    }

    /// <summary>encodeURIComponent: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as UTF-8 escapes.</summary>
    private static string EncodeUriComponent(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')') builder.Append(c);
            else builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>JSON.stringify of a string.</summary>
    private static string JsonQuote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
