namespace Aot.Engine.Builtins.String;

/// <summary>The four Unicode normalization forms of UAX #15 §1.2 that String.prototype.normalize accepts (ECMA-262 §22.1.3.15).</summary>
internal enum UnicodeNormalizationForm
{
    /// <summary>Canonical decomposition, then canonical composition.</summary>
    Nfc,
    /// <summary>Canonical decomposition.</summary>
    Nfd,
    /// <summary>Compatibility decomposition, then canonical composition.</summary>
    Nfkc,
    /// <summary>Compatibility decomposition.</summary>
    Nfkd,
}
