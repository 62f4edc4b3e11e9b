using System;
using System.Diagnostics;
using System.Text;
using Aot.Engine.Builtins.String;
using Xunit;
using Xunit.Abstractions;

namespace Aot.Engine.Tests.Builtins.String;

/// <summary>
/// A quick measurement, not a timed assertion: normalization and case mapping of 1 MB (and 2 MB,
/// to see linearity) of ASCII, mixed-script text and combining marks. The times are written to
/// the test output (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public sealed class UnicodePerformanceTests
{
    private readonly ITestOutputHelper _output;

    public UnicodePerformanceTests(ITestOutputHelper output) => _output = output;

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString(0, length - (char.IsHighSurrogate(sb[length - 1]) ? 1 : 0));
    }

    private double Measure(Func<string, string> f, string s)
    {
        f(s); // warm up
        var watch = Stopwatch.StartNew();
        int runs = 0;
        do
        {
            f(s);
            runs++;
        } while (watch.ElapsedMilliseconds < 100 && runs < 20);
        return watch.Elapsed.TotalMilliseconds / runs;
    }

    [Fact]
    public void MeasureOneAndTwoMegabytes()
    {
        var inputs = new (string Name, string Unit)[]
        {
            ("ASCII", "The quick brown fox jumps over the lazy dog. 0123456789\n"),
            ("lower ASCII", "the quick brown fox jumps over the lazy dog. 0123456789\n"),
            ("mixed script", "Caf\u00E9 na\u00EFve \u00C5ngstr\u00F6m \u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC \u0420\u0443\u0441\u0441\u043A\u0438\u0439 \u4E2D\u6587 \uD55C\uAD6D\uC5B4 \u0939\u093F\u0928\u094D\u0926\u0940 \uD83D\uDE00 \uFB01 e\u0301 stra\u00DFe \u0130 \u03A3\n"),
            ("combining marks", "a\u0301\u0323\u0302\u0308\u0327\u0316"),
        };
        var functions = new (string Name, Func<string, string> F)[]
        {
            ("NFC", s => UnicodeNormalization.Normalize(s, UnicodeNormalizationForm.Nfc)),
            ("NFD", s => UnicodeNormalization.Normalize(s, UnicodeNormalizationForm.Nfd)),
            ("NFKC", s => UnicodeNormalization.Normalize(s, UnicodeNormalizationForm.Nfkc)),
            ("NFKD", s => UnicodeNormalization.Normalize(s, UnicodeNormalizationForm.Nfkd)),
            ("toUpperCase", UnicodeCaseMapping.ToUpperCase),
            ("toLowerCase", UnicodeCaseMapping.ToLowerCase),
            ("toWellFormed", StringWellFormedness.ToWellFormed),
        };
        foreach ((string name, string unit) in inputs)
        {
            string one = Repeat(unit, 1 << 20), two = Repeat(unit, 2 << 20);
            foreach ((string fname, Func<string, string> f) in functions)
            {
                double t1 = Measure(f, one), t2 = Measure(f, two);
                _output.WriteLine($"{fname,-13} {name,-16} 1M chars {t1,8:F2} ms   2M chars {t2,8:F2} ms   ({t2 / t1:F2}x)");
            }
        }
    }
}
