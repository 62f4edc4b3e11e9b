using System;
using System.Collections.Generic;

namespace Aot.Engine.Builtins.RegExp;

/// <summary>
/// A set of code points (or, without the u/v flags, UTF-16 code units) as sorted, disjoint, non-adjacent
/// inclusive ranges: the CharSet of ECMA-262 §22.2.2.1 for single characters. Supports the v-mode set
/// operations (§22.2.2.9 CompileToCharSet: union, intersection, subtraction) and complements.
/// Mutable while being built; the translator treats finished sets as values.
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    // Flattened [first0, last0, first1, last1, ...], sorted and normalized.
    private List<int> _r;

    public CodePointSet() => _r = new List<int>();

    private CodePointSet(List<int> ranges) => _r = ranges;

    public int RangeCount => _r.Count / 2;
    public int First(int i) => _r[2 * i];
    public int Last(int i) => _r[2 * i + 1];
    public bool IsEmpty => _r.Count == 0;

    public static CodePointSet Of(int from, int to)
    {
        var s = new CodePointSet();
        s.Add(from, to);
        return s;
    }

    /// <summary>Builds a set from sorted inclusive [first, last] pairs (a generated table).</summary>
    public static CodePointSet FromTable(ReadOnlySpan<int> pairs)
    {
        var s = new CodePointSet();
        for (int i = 0; i < pairs.Length; i += 2) s.Add(pairs[i], pairs[i + 1]);
        return s;
    }

    public CodePointSet Clone() => new(new List<int>(_r));

    public bool Contains(int cp)
    {
        int lo = 0, hi = RangeCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < _r[2 * mid]) hi = mid - 1;
            else if (cp > _r[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public void Add(int cp) => Add(cp, cp);

    /// <summary>Adds [from, to], merging with overlapping or adjacent ranges. Appending in order is O(1).</summary>
    public void Add(int from, int to)
    {
        if (from > to) return;
        int n = _r.Count;
        if (n == 0 || from > _r[n - 1] + 1)
        {
            _r.Add(from);
            _r.Add(to);
            return;
        }
        if (from >= _r[n - 2])
        {
            if (to > _r[n - 1]) _r[n - 1] = to;
            return;
        }
        // General case: rebuild.
        var result = new List<int>(n + 2);
        bool placed = false;
        for (int i = 0; i < n; i += 2)
        {
            int a = _r[i], b = _r[i + 1];
            if (b + 1 < from) { result.Add(a); result.Add(b); continue; }
            if (to + 1 < a)
            {
                if (!placed) { result.Add(from); result.Add(to); placed = true; }
                result.Add(a);
                result.Add(b);
                continue;
            }
            from = Math.Min(from, a);
            to = Math.Max(to, b);
        }
        if (!placed) { result.Add(from); result.Add(to); }
        _r = result;
    }

    public void AddSet(CodePointSet other)
    {
        if (other._r.Count == 0) return;
        if (_r.Count == 0) { _r = new List<int>(other._r); return; }
        _r = Merge(_r, other._r);
    }

    private static List<int> Merge(List<int> x, List<int> y)
    {
        var result = new List<int>(x.Count + y.Count);
        int i = 0, j = 0;
        while (i < x.Count || j < y.Count)
        {
            int a, b;
            if (j >= y.Count || (i < x.Count && x[i] <= y[j])) { a = x[i]; b = x[i + 1]; i += 2; }
            else { a = y[j]; b = y[j + 1]; j += 2; }
            int n = result.Count;
            if (n > 0 && a <= result[n - 1] + 1) { if (b > result[n - 1]) result[n - 1] = b; }
            else { result.Add(a); result.Add(b); }
        }
        return result;
    }

    /// <summary>The complement within [0, max] (max is 0x10FFFF for code points, 0xFFFF for code units).</summary>
    public CodePointSet Complement(int max = MaxCodePoint)
    {
        var result = new List<int>(_r.Count + 2);
        int next = 0;
        for (int i = 0; i < _r.Count; i += 2)
        {
            if (_r[i] > max) break;
            if (_r[i] > next) { result.Add(next); result.Add(_r[i] - 1); }
            next = _r[i + 1] + 1;
        }
        if (next <= max) { result.Add(next); result.Add(max); }
        return new CodePointSet(result);
    }

    public CodePointSet Intersect(CodePointSet other)
    {
        var result = new List<int>();
        List<int> x = _r, y = other._r;
        int i = 0, j = 0;
        while (i < x.Count && j < y.Count)
        {
            int a = Math.Max(x[i], y[j]);
            int b = Math.Min(x[i + 1], y[j + 1]);
            if (a <= b) { result.Add(a); result.Add(b); }
            if (x[i + 1] < y[j + 1]) i += 2; else j += 2;
        }
        return new CodePointSet(result);
    }

    public CodePointSet Subtract(CodePointSet other) => Intersect(other.Complement());

    public override string ToString()
    {
        var sb = new System.Text.StringBuilder("[");
        for (int i = 0; i < _r.Count; i += 2)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(_r[i].ToString("X")).Append('-').Append(_r[i + 1].ToString("X"));
        }
        return sb.Append(']').ToString();
    }
}
