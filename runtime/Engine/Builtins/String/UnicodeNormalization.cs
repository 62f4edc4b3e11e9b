using System;
using System.Text;

namespace Aot.Engine.Builtins.String;

/// <summary>
/// Unicode normalization (UAX #15, The Unicode Standard §3.11) over UTF-16 strings, for
/// String.prototype.normalize (ECMA-262 §22.1.3.15). .NET's string.Normalize cannot be used: with
/// InvariantGlobalization it leaves non-ASCII text unchanged.
/// <para>
/// The string is first quick-checked (UAX #15 §9): text whose code points all have the form's
/// Quick_Check = Yes, with canonical combining classes in order, is returned as the same instance.
/// Otherwise only the segments around the failing code points are normalized: a segment runs from
/// a normalization boundary to the next, where a boundary is a code point that is a starter, is never
/// the second code point of a primary composite, and whose full decomposition starts with such a
/// code point, so no text on one side can interact with the other. A segment is fully decomposed
/// (§3.11 D68/D65, Hangul syllables algorithmically, §3.12), put in canonical order (D109) and, for
/// NFC and NFKC, canonically composed (D117) with the composition exclusions applied.
/// </para>
/// Lone surrogates are starters without decompositions: they pass through unchanged.
/// </summary>
internal static partial class UnicodeNormalization
{
    // Bits of the Props trie values (see the generated data file).
    private const int CccMask = 0xFF;
    private const int NfdNo = 1 << 8, NfkdNo = 1 << 9, NfcNo = 1 << 10, NfcMaybe = 1 << 11, NfkcNo = 1 << 12, NfkcMaybe = 1 << 13;
    private const int NoBoundaryCanonical = 1 << 14, NoBoundaryCompatibility = 1 << 15;

    // Hangul syllable (de)composition constants (§3.12).
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    // A decomposed code point in the work buffer: the code point, its combining class, and whether it
    // may be the second code point of a composition (Quick_Check = Maybe).
    private const int CodePointMask = 0x1FFFFF, CccShift = 21, MaybeSecond = 1 << 29;

    /// <summary>Parses the form argument of String.prototype.normalize ("NFC", "NFD", "NFKC", "NFKD").</summary>
    public static bool TryParseForm(string name, out UnicodeNormalizationForm form)
    {
        switch (name)
        {
            case "NFC": form = UnicodeNormalizationForm.Nfc; return true;
            case "NFD": form = UnicodeNormalizationForm.Nfd; return true;
            case "NFKC": form = UnicodeNormalizationForm.Nfkc; return true;
            case "NFKD": form = UnicodeNormalizationForm.Nfkd; return true;
            default: form = UnicodeNormalizationForm.Nfc; return false;
        }
    }

    /// <summary>The canonical combining class of a code point (0 for lone surrogates and unassigned code points).</summary>
    public static int CombiningClass(int codePoint) => Props(codePoint) & CccMask;

    /// <summary>True when <paramref name="s"/> is already in the given form.</summary>
    public static bool IsNormalized(string s, UnicodeNormalizationForm form)
    {
        string normalized = Normalize(s, form);
        return ReferenceEquals(normalized, s) || normalized == s;
    }

    /// <summary>
    /// The string in the given normalization form; the same instance when it already is (found
    /// without allocating when the quick check says so, as for ASCII).
    /// </summary>
    public static string Normalize(string s, UnicodeNormalizationForm form)
    {
        var f = new FormInfo(form);
        int bad = QuickCheckSpan(s, 0, in f);
        if (bad == s.Length) return s;

        var output = new StringBuilder(s.Length + (s.Length >> 3) + 16);
        int[] work = new int[32];
        int pos = 0; // always a code point index where the text before cannot interact with the text after
        while (true)
        {
            int segmentStart = LastBoundary(s, pos, bad, in f);
            output.Append(s, pos, segmentStart - pos);
            int segmentEnd = NextBoundary(s, bad, in f);
            NormalizeSegment(s, segmentStart, segmentEnd, in f, output, ref work);
            pos = segmentEnd;
            if (pos == s.Length) break;
            bad = QuickCheckSpan(s, pos, in f);
            if (bad == s.Length)
            {
                output.Append(s, pos, s.Length - pos);
                break;
            }
        }
        // Text with Quick_Check = Maybe is often already normalized: keep the instance then.
        return output.Equals(s.AsSpan()) ? s : output.ToString();
    }

    private readonly struct FormInfo
    {
        public readonly int QuickCheckFail;
        public readonly int NoBoundary;
        public readonly char FastBelow; // every char below this is a starter with Quick_Check = Yes and a boundary
        public readonly bool Compatibility;
        public readonly bool Compose;

        public FormInfo(UnicodeNormalizationForm form)
        {
            Compatibility = form is UnicodeNormalizationForm.Nfkc or UnicodeNormalizationForm.Nfkd;
            Compose = form is UnicodeNormalizationForm.Nfc or UnicodeNormalizationForm.Nfkc;
            NoBoundary = Compatibility ? NoBoundaryCompatibility : NoBoundaryCanonical;
            (QuickCheckFail, FastBelow) = form switch
            {
                UnicodeNormalizationForm.Nfc => (NfcNo | NfcMaybe, '\u0300'),
                UnicodeNormalizationForm.Nfd => (NfdNo, '\u00C0'),
                UnicodeNormalizationForm.Nfkc => (NfkcNo | NfkcMaybe, '\u00A0'),
                _ => (NfkdNo, '\u00A0'),
            };
        }
    }

    private static int Props(int codePoint) =>
        UnicodeTrie.Get(PropsIndex1, PropsIndex2, PropsData, PropsLimit, codePoint);

    /// <summary>The code point at <paramref name="i"/>; a lone surrogate is its own code point.</summary>
    private static int CodePointAt(string s, int i, out int length)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary>
    /// UAX #15 §9 quick check from <paramref name="start"/> (a boundary): the index of the first code
    /// point whose Quick_Check is not Yes or whose combining class is out of order, or s.Length.
    /// </summary>
    private static int QuickCheckSpan(string s, int start, in FormInfo f)
    {
        int i = s.AsSpan(start).IndexOfAnyExceptInRange('\0', (char)(f.FastBelow - 1));
        if (i < 0) return s.Length;
        i += start;
        int lastCcc = 0;
        while (i < s.Length)
        {
            if (s[i] < f.FastBelow)
            {
                lastCcc = 0;
                i++;
                continue;
            }
            int cp = CodePointAt(s, i, out int length);
            int props = Props(cp);
            int ccc = props & CccMask;
            if ((props & f.QuickCheckFail) != 0 || (ccc != 0 && lastCcc > ccc)) return i;
            lastCcc = ccc;
            i += length;
        }
        return s.Length;
    }

    private static bool IsBoundary(int codePoint, in FormInfo f) =>
        codePoint < f.FastBelow || (Props(codePoint) & f.NoBoundary) == 0;

    /// <summary>The last boundary at or before <paramref name="i"/>, not before <paramref name="floor"/> (itself a boundary).</summary>
    private static int LastBoundary(string s, int floor, int i, in FormInfo f)
    {
        while (i > floor)
        {
            if (IsBoundary(CodePointAt(s, i, out _), in f)) return i;
            if (char.IsLowSurrogate(s[i - 1]) && i - 2 >= floor && char.IsHighSurrogate(s[i - 2])) i -= 2;
            else i--;
        }
        return floor;
    }

    /// <summary>The first boundary after the code point at <paramref name="i"/>, or s.Length.</summary>
    private static int NextBoundary(string s, int i, in FormInfo f)
    {
        CodePointAt(s, i, out int length);
        i += length;
        while (i < s.Length)
        {
            int cp = CodePointAt(s, i, out length);
            if (IsBoundary(cp, in f)) return i;
            i += length;
        }
        return s.Length;
    }

    private static void NormalizeSegment(string s, int start, int end, in FormInfo f, StringBuilder output, ref int[] work)
    {
        int count = 0;
        for (int i = start; i < end;)
        {
            int cp = CodePointAt(s, i, out int length);
            i += length;
            Decompose(cp, f.Compatibility, ref work, ref count);
        }
        CanonicalOrder(work, count);
        if (f.Compose) count = Compose(work, count);
        for (int k = 0; k < count; k++)
        {
            int cp = work[k] & CodePointMask;
            if (cp < 0x10000) output.Append((char)cp);
            else
            {
                output.Append((char)(0xD7C0 + (cp >> 10)));
                output.Append((char)(0xDC00 | (cp & 0x3FF)));
            }
        }
    }

    /// <summary>Appends the full canonical or compatibility decomposition of a code point (§3.11 D68, D65; §3.12).</summary>
    private static void Decompose(int cp, bool compatibility, ref int[] work, ref int count)
    {
        int sIndex = cp - SBase;
        if ((uint)sIndex < SCount)
        {
            Add(ref work, ref count, LBase + sIndex / NCount);
            Add(ref work, ref count, VBase + sIndex % NCount / TCount);
            int t = sIndex % TCount;
            if (t != 0) Add(ref work, ref count, TBase + t);
            return;
        }
        int entry = UnicodeTrie.Get(DecompositionIndex1, DecompositionIndex2, DecompositionData, DecompositionLimit, cp);
        if (entry != 0)
        {
            int packed = DecompositionEntries[entry * 2 + (compatibility ? 1 : 0)];
            if (packed != 0)
            {
                ReadOnlySpan<int> sequence = DecompositionCodePoints.Slice(packed & 0xFFFFFF, packed >>> 24);
                for (int k = 0; k < sequence.Length; k++) Add(ref work, ref count, sequence[k]);
                return;
            }
        }
        Add(ref work, ref count, cp);
    }

    private static void Add(ref int[] work, ref int count, int cp)
    {
        if (count == work.Length) Array.Resize(ref work, work.Length * 2);
        int props = Props(cp);
        work[count++] = cp | ((props & CccMask) << CccShift) | ((props & (NfcMaybe | NfkcMaybe)) != 0 ? MaybeSecond : 0);
    }

    private static int Ccc(int packed) => (packed >> CccShift) & CccMask;

    /// <summary>
    /// The canonical ordering algorithm (§3.11 D109): each maximal run of non-starters is sorted
    /// stably by combining class. Short runs use insertion sort, long ones a counting sort, so a
    /// pathological string of combining marks stays linear.
    /// </summary>
    private static void CanonicalOrder(int[] work, int count)
    {
        int i = 0;
        while (i < count)
        {
            if (Ccc(work[i]) == 0) { i++; continue; }
            int runStart = i;
            while (i < count && Ccc(work[i]) != 0) i++;
            int runLength = i - runStart;
            if (runLength < 2) continue;
            if (runLength <= 32) InsertionSort(work, runStart, i);
            else CountingSort(work, runStart, i);
        }
    }

    private static void InsertionSort(int[] work, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            int value = work[k];
            int ccc = Ccc(value);
            int j = k - 1;
            while (j >= start && Ccc(work[j]) > ccc)
            {
                work[j + 1] = work[j];
                j--;
            }
            work[j + 1] = value;
        }
    }

    private static void CountingSort(int[] work, int start, int end)
    {
        Span<int> counts = stackalloc int[257];
        counts.Clear();
        for (int k = start; k < end; k++) counts[Ccc(work[k]) + 1]++;
        for (int c = 1; c < 257; c++) counts[c] += counts[c - 1];
        int[] sorted = new int[end - start];
        for (int k = start; k < end; k++) sorted[counts[Ccc(work[k])]++] = work[k];
        sorted.CopyTo(work, start);
    }

    /// <summary>
    /// The canonical composition algorithm (§3.11 D117): each code point not blocked from the last
    /// starter (D115: no code point between them has class 0 or a class at least its own) is
    /// combined with it when they form a primary composite. Returns the new length.
    /// </summary>
    private static int Compose(int[] work, int count)
    {
        if (count < 2) return count;
        int starterPos = 0;
        int starter = work[0] & CodePointMask;
        int lastClass = Ccc(work[0]) == 0 ? 0 : 256; // 256: no starter yet, everything is blocked
        int outPos = 1;
        for (int k = 1; k < count; k++)
        {
            int packed = work[k];
            int ccc = Ccc(packed);
            if ((packed & MaybeSecond) != 0 && (lastClass < ccc || lastClass == 0))
            {
                int composite = ComposePair(starter, packed & CodePointMask);
                if (composite >= 0)
                {
                    starter = composite;
                    work[starterPos] = composite; // a primary composite is a starter
                    continue;
                }
            }
            if (ccc == 0)
            {
                starterPos = outPos;
                starter = packed & CodePointMask;
            }
            lastClass = ccc;
            work[outPos++] = packed;
        }
        return outPos;
    }

    /// <summary>The primary composite of two code points (§3.11 D114; Hangul §3.12), or -1.</summary>
    private static int ComposePair(int first, int second)
    {
        int lIndex = first - LBase;
        if ((uint)lIndex < LCount)
        {
            int vIndex = second - VBase;
            return (uint)vIndex < VCount ? SBase + (lIndex * VCount + vIndex) * TCount : -1;
        }
        int sIndex = first - SBase;
        if ((uint)sIndex < SCount && sIndex % TCount == 0)
        {
            int tIndex = second - TBase;
            return tIndex > 0 && tIndex < TCount ? first + tIndex : -1;
        }
        long key = ((long)first << 21) | (uint)second;
        ReadOnlySpan<long> keys = CompositionKeys;
        int lo = 0, hi = keys.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            long k = keys[mid];
            if (k == key) return CompositionValues[mid];
            if (k < key) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
