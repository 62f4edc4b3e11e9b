using System.Collections.Generic;
using System.Text;

namespace Aot.Runtime.Node;

/// <summary>RFC 3492 Punycode encoding of one label.</summary>
internal static class Punycode
{
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 128;

    public static string? Encode(string input)
    {
        var codePoints = new List<int>();
        for (int i = 0; i < input.Length; i++)
        {
            int cp = CodePoint.At(input, i, out int width);
            codePoints.Add(cp);
            i += width - 1;
        }
        var output = new StringBuilder();
        foreach (int cp in codePoints) if (cp < 0x80) output.Append((char)cp);
        int b = output.Length, h = b;
        if (b > 0) output.Append('-');
        int n = InitialN, delta = 0, bias = InitialBias;
        while (h < codePoints.Count)
        {
            int m = int.MaxValue;
            foreach (int cp in codePoints) if (cp >= n && cp < m) m = cp;
            if ((long)(m - n) * (h + 1) + delta > int.MaxValue) return null;
            delta += (m - n) * (h + 1);
            n = m;
            foreach (int cp in codePoints)
            {
                if (cp < n) delta++;
                if (cp == n)
                {
                    int q = delta;
                    for (int k = Base; ; k += Base)
                    {
                        int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
                        if (q < t) break;
                        output.Append(Digit(t + (q - t) % (Base - t)));
                        q = (q - t) / (Base - t);
                    }
                    output.Append(Digit(q));
                    bias = Adapt(delta, h + 1, h == b);
                    delta = 0;
                    h++;
                }
            }
            delta++;
            n++;
        }
        return output.ToString();
    }

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }
        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }
}
