namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// PATTERN_KEY_COMPARE(keyA, keyB): orders "exports"/"imports" keys so the most specific pattern comes
/// first: the longer prefix before '*' wins, then (same prefix) a key with '*' loses to one without
/// ... and finally the longer key wins. Returns -1 when <paramref name="keyA"/> is more specific.
/// </summary>
internal static class PatternKeyComparer
{
    public static int Compare(string keyA, string keyB)
    {
        int starA = keyA.IndexOf('*');
        int starB = keyB.IndexOf('*');
        // Steps 3-4: baseLength is the index of "*" plus one (the whole key when there is no "*").
        int baseLengthA = starA == -1 ? keyA.Length : starA + 1;
        int baseLengthB = starB == -1 ? keyB.Length : starB + 1;
        // Steps 5-6.
        if (baseLengthA > baseLengthB) return -1;
        if (baseLengthB > baseLengthA) return 1;
        // Steps 7-8.
        if (starA == -1) return 1;
        if (starB == -1) return -1;
        // Steps 9-11.
        if (keyA.Length > keyB.Length) return -1;
        if (keyB.Length > keyA.Length) return 1;
        return 0;
    }
}
