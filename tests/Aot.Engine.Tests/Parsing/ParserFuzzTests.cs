using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using Aot.Engine.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Aot.Engine.Tests.Parsing;

/// <summary>
/// Mutation fuzzing of the parser: test262 sources (a deterministic sample) are mangled — spans
/// deleted, duplicated, swapped, tokens inserted, truncated, bytes corrupted — and each result is
/// parsed as a script and as a module. The parser must return a Program or throw SyntaxError;
/// any other exception, or a parse that does not finish in time, fails the test with the seed, the
/// source file and the mutated input saved to a temp file.
///
/// Reproduce: AOT_FUZZ_SEED=&lt;seed&gt; dotnet test tests/Aot.Engine.Tests --filter ParserFuzzTests.
/// AOT_FUZZ_SEED=random picks a new seed; AOT_FUZZ_INPUTS changes the number of inputs (default 20,000;
/// about 3 s in Release on 2 cores with the parser as of its first version).
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 262_2024;
    private const int DefaultInputs = 20_000;
    private const int SampleFiles = 1_500;
    private const int MaxFileChars = 12_000;
    private const int MaxReportedFailures = 10;
    private const int WorkerStackSize = 64 * 1024 * 1024;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(2);

    [Fact]
    public void Mutated_sources_only_ever_throw_SyntaxError()
    {
        int seed = ReadSeed();
        int inputs = ReadInt("AOT_FUZZ_INPUTS", DefaultInputs);
        output.WriteLine($"fuzz seed: {seed} (AOT_FUZZ_SEED={seed} reproduces this run), {inputs} inputs");

        List<SeedSource> corpus = LoadCorpus(seed, out string corpusNote);
        output.WriteLine(corpusNote);
        Assert.NotEmpty(corpus);

        var failures = new ConcurrentQueue<string>();
        int failureCount = 0;
        int next = -1;
        int completed = 0;
        int accepted = 0;
        int workerCount = Math.Clamp(Environment.ProcessorCount, 1, 4);
        var workers = new FuzzWorker[workerCount];
        var sw = Stopwatch.StartNew();

        void Fail(int index, SeedSource src, string goal, string input, string what)
        {
            if (Interlocked.Increment(ref failureCount) > MaxReportedFailures)
                return;
            string saved = SaveInput(seed, index, goal, input);
            failures.Enqueue($"{what}\n  seed {seed}, input #{index} ({goal}), mutated from {src.Name}\n  input saved to {saved}");
        }

        void WorkerLoop(FuzzWorker worker)
        {
            try
            {
                while (Volatile.Read(ref failureCount) < MaxReportedFailures)
                {
                    int i = Interlocked.Increment(ref next);
                    if (i >= inputs)
                        return;
                    var rng = new Random(unchecked(seed * 1_000_003 + i));
                    SeedSource src = corpus[rng.Next(corpus.Count)];
                    string input = Mutator.Mutate(src.Text, rng);
                    foreach (bool module in new[] { false, true })
                    {
                        string goal = module ? "module" : "script";
                        worker.Begin(i, src, goal, input);
                        try
                        {
                            object? program = module ? Parser.ParseModule(input) : Parser.ParseScript(input);
                            if (program == null)
                                Fail(i, src, goal, input, "the parser returned null");
                            else
                                Interlocked.Increment(ref accepted);
                        }
                        catch (SyntaxError)
                        {
                            // The expected way to refuse bad input.
                        }
                        catch (Exception e)
                        {
                            Fail(i, src, goal, input, $"{e.GetType().FullName} escaped the parser: {e.Message}\n{e.StackTrace}");
                        }
                        worker.End();
                    }
                    Interlocked.Increment(ref completed);
                }
            }
            catch (Exception e)
            {
                // A bug in the harness itself; letting it escape would kill the test host.
                Interlocked.Increment(ref failureCount);
                failures.Enqueue($"fuzz harness error: {e}");
            }
        }

        for (int w = 0; w < workerCount; w++)
        {
            var worker = new FuzzWorker();
            workers[w] = worker;
            worker.Thread = new Thread(() => WorkerLoop(worker), WorkerStackSize)
            {
                IsBackground = true, // a hung worker must not keep the test host alive
                Name = $"parser-fuzz-{w}",
            };
            worker.Thread.Start();
        }

        // Watchdog: each worker publishes what it parses and since when.
        long limit = (long)(PerInputLimit.TotalSeconds * Stopwatch.Frequency);
        bool hung = false;
        while (!hung)
        {
            bool alive = false;
            foreach (FuzzWorker worker in workers)
            {
                if (worker.Thread!.Join(20))
                    continue;
                alive = true;
                FuzzWorker.Snapshot? s = worker.Current;
                if (s != null && Stopwatch.GetTimestamp() - s.Started > limit)
                {
                    Fail(s.Index, s.Source, s.Goal, s.Input, $"the parser did not finish within {PerInputLimit.TotalSeconds:0.#} s (hang?)");
                    hung = true;
                }
            }
            if (!alive)
                break;
        }

        output.WriteLine($"{Volatile.Read(ref completed)} inputs x 2 goals parsed in {sw.Elapsed.TotalSeconds:0.0} s; "
            + $"{Volatile.Read(ref accepted)} parses succeeded, the rest threw SyntaxError");
        Assert.True(failures.IsEmpty,
            $"parser fuzzing (seed {seed}) found {failureCount} problem(s); reproduce with AOT_FUZZ_SEED={seed}\n\n"
            + string.Join("\n\n", failures));
        Assert.Equal(inputs, Volatile.Read(ref completed));
    }

    private sealed class FuzzWorker
    {
        public sealed record Snapshot(int Index, SeedSource Source, string Goal, string Input, long Started);

        private volatile Snapshot? _current;
        public Thread? Thread;
        public Snapshot? Current => _current;
        public void Begin(int index, SeedSource src, string goal, string input) =>
            _current = new Snapshot(index, src, goal, input, Stopwatch.GetTimestamp());
        public void End() => _current = null;
    }

    private sealed record SeedSource(string Name, string Text);

    private static int ReadSeed()
    {
        string? s = Environment.GetEnvironmentVariable("AOT_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(s))
            return DefaultSeed;
        if (s.Trim().Equals("random", StringComparison.OrdinalIgnoreCase))
            return Random.Shared.Next();
        return int.TryParse(s.Trim(), out int v) ? v : throw new ArgumentException($"AOT_FUZZ_SEED must be an integer or 'random', not '{s}'");
    }

    private static int ReadInt(string name, int fallback)
    {
        string? s = Environment.GetEnvironmentVariable(name);
        return int.TryParse(s, out int v) && v > 0 ? v : fallback;
    }

    private static string SaveInput(int seed, int index, string goal, string input)
    {
        string path = Path.Combine(Path.GetTempPath(), $"aot-parser-fuzz-seed{seed}-input{index}-{goal}.js");
        // UTF-8 cannot hold lone surrogates (they become U+FFFD in the .js), so the exact text is
        // also kept as a JSON string beside it.
        File.WriteAllText(path, input, new UTF8Encoding(false));
        File.WriteAllText(path + ".json", JsonSerializer.Serialize(input), new UTF8Encoding(false));
        return path;
    }

    /// <summary>A deterministic sample of test262 files (same seed, same files), with the license
    /// header and frontmatter removed so mutations land in code.</summary>
    private static List<SeedSource> LoadCorpus(int seed, out string note)
    {
        string? testDir = Test262Locator.FindTestDirectory();
        if (testDir == null)
        {
            note = "NOTE: ../shared/test262 not found above the test assembly directory (expected a shared/test262/test "
                + "directory beside the repository, as CI has): fuzzing only the built-in seed snippets.";
            var builtIn = new List<SeedSource>();
            for (int k = 0; k < BuiltInSeeds.Length; k++)
                builtIn.Add(new SeedSource($"built-in seed #{k}", BuiltInSeeds[k]));
            return builtIn;
        }

        var files = new List<string>(Directory.EnumerateFiles(testDir, "*.js", SearchOption.AllDirectories));
        files.Sort(StringComparer.Ordinal);
        var rng = new Random(seed);
        var picked = new List<SeedSource>();
        // Partial Fisher-Yates: a seeded sample, stable for a given test262 checkout.
        for (int k = 0; k < files.Count && picked.Count < SampleFiles; k++)
        {
            int j = rng.Next(k, files.Count);
            (files[k], files[j]) = (files[j], files[k]);
            string text = File.ReadAllText(files[k], Encoding.UTF8);
            text = StripHeader(text);
            if (text.Length == 0 || text.Length > MaxFileChars)
                continue;
            picked.Add(new SeedSource(Path.GetRelativePath(testDir, files[k]).Replace('\\', '/'), text));
        }
        foreach (string s in BuiltInSeeds)
            picked.Add(new SeedSource("built-in seed", s));
        note = $"corpus: {picked.Count} sources ({SampleFiles} sampled from {files.Count} files under {testDir})";
        return picked;
    }

    private static string StripHeader(string text)
    {
        int end = text.IndexOf("---*/", StringComparison.Ordinal);
        if (end >= 0)
            return text[(end + 5)..].TrimStart('\r', '\n');
        return text;
    }

    /// <summary>Small sources covering syntax test262 samples may miss, always part of the corpus.</summary>
    private static readonly string[] BuiltInSeeds =
    [
        "async function* f(a = 1, {b, ...c}, [d, , e] = []) { for await (const x of y) yield* await x?.[0] ?? z; }",
        "class A extends B { #p = 1; static #q; static { this.#q = 2; } get x() { return super.x; } *[Symbol.iterator]() {} #m() { return #p in this; } }",
        "label: for (let i = 0, j; i < 10; i++) { if (i) continue label; else break label; } do x--; while (y) switch (z) { case 1: default: }",
        "var s = `a${b}c${`d${e}`}f`, r = /[\\]/]+(?<n>x)\\k<n>/giu, t = tag`\\unicode and \\u{` + 0x1F_FF + 0b1n + 1e-7 + .5 + 08;",
        "import def, * as ns from 'm'; import { a as b, 'str' as c } from \"n\" with { type: 'json' }; export { b as default, c }; export * as q from 'o'; export default class {}",
        "const { a = () => ({}), b: { c } = {}, ...rest } = obj; let [x = (y) => { 'use strict'; return y; }] = arr; ({ a, b } = c); [a, b] = [b, a];",
        "try { throw new Error() } catch ({ message }) { } finally { debugger } with (o) { x } if (a) function f() {} <!-- html comment\n--> also\n",
        "a = b ? c : d => e, f ||= g &&= h ??= i; j = k ** -l; m = typeof n === void 0 || delete o[p] instanceof q; r = new.target; s = import.meta; t = import('u');",
        "x = { __proto__: null, get [k]() {}, set v(w) {}, async *g() {}, 'q': 1, 2: 3, ...spread }; y = a?.b?.(c)?.[d]; z = a\n++b",
        "#!/usr/bin/env aot\n'use strict'; yield: while (0); let \\u0061wait = 1; \u2028 var ゆ = '\\u{10FFFF}\\x41\\0'; /* multi\nline */ // end",
    ];
}

/// <summary>The mutations. Each input gets one to four of them, chosen by the seeded Random.</summary>
internal static class Mutator
{
    /// <summary>Fragments that often start or end a construct; inserted at random places.</summary>
    public static readonly string[] Vocabulary =
    [
        "(", ")", "{", "}", "[", "]", "`", "${", "/", "/*", "*/", "\"", "'", "\\", "\\u", "\\u{", "#", "=>",
        "async", "await", "yield", "class", "function*", "let", "...", "?.", "??=", "0x", "1_", "n",
        "\0", "\uD800", "\uDC00", "\uDBFF", "\u2028", "\u2029", "\r", "\r\n", "\n", "😀", "\uFEFF",
        ";", ",", ":", "?", "=", ".", "@", "//", "<!--", "-->", "#!", "0b", "0o", "1e", "08", ".5",
        "static", "get", "set", "of", "in", "new.target", "import.meta", "import(", "super", "this",
        "use strict", "'use strict';", "arguments", "eval", "delete", "typeof", "void", "with", "enum",
        "\\u0061", "\\u{1F600}", "/(?<a>)\\k<a>/v", "`${", "}`", "x", " ",
    ];

    public static string Mutate(string source, Random rng)
    {
        var sb = new StringBuilder(source);
        int rounds = 1 + (rng.Next(4) == 0 ? rng.Next(4) : 0);
        for (int r = 0; r < rounds; r++)
        {
            switch (rng.Next(8))
            {
                case 0: DeleteSpan(sb, rng); break;
                case 1: DuplicateSpan(sb, rng); break;
                case 2: SwapSpans(sb, rng); break;
                case 3:
                case 4: InsertTokens(sb, rng); break;
                case 5: Truncate(sb, rng); break;
                case 6: ReplaceChars(sb, rng); break;
                default:
                    string mutated = MutateBytes(sb.ToString(), rng);
                    sb.Clear().Append(mutated);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int SpanLength(Random rng, int max) =>
        Math.Min(max, 1 + (rng.Next(3) switch { 0 => rng.Next(4), 1 => rng.Next(32), _ => rng.Next(400) }));

    private static void DeleteSpan(StringBuilder sb, Random rng)
    {
        if (sb.Length == 0)
            return;
        int start = rng.Next(sb.Length);
        sb.Remove(start, SpanLength(rng, sb.Length - start));
    }

    private static void DuplicateSpan(StringBuilder sb, Random rng)
    {
        if (sb.Length == 0)
            return;
        int start = rng.Next(sb.Length);
        string span = sb.ToString(start, SpanLength(rng, sb.Length - start));
        int copies = rng.Next(4) == 0 ? 2 + rng.Next(20) : 1;
        int at = rng.Next(2) == 0 ? start : rng.Next(sb.Length + 1);
        for (int c = 0; c < copies; c++)
            sb.Insert(at, span);
    }

    private static void SwapSpans(StringBuilder sb, Random rng)
    {
        if (sb.Length < 2)
            return;
        int a = rng.Next(sb.Length - 1);
        int aLen = SpanLength(rng, (sb.Length - a) / 2);
        if (aLen == 0)
            return;
        int b = a + aLen + rng.Next(sb.Length - a - aLen);
        int bLen = SpanLength(rng, sb.Length - b);
        if (bLen == 0)
            return;
        string first = sb.ToString(a, aLen), second = sb.ToString(b, bLen);
        sb.Remove(b, bLen).Insert(b, first);
        sb.Remove(a, aLen).Insert(a, second);
    }

    private static void InsertTokens(StringBuilder sb, Random rng)
    {
        int n = 1 + (rng.Next(3) == 0 ? rng.Next(6) : 0);
        for (int k = 0; k < n; k++)
        {
            string token = Vocabulary[rng.Next(Vocabulary.Length)];
            sb.Insert(rng.Next(sb.Length + 1), token);
        }
    }

    private static void Truncate(StringBuilder sb, Random rng)
    {
        if (sb.Length > 0)
            sb.Length = rng.Next(sb.Length);
    }

    private static void ReplaceChars(StringBuilder sb, Random rng)
    {
        int n = 1 + rng.Next(4);
        for (int k = 0; k < n && sb.Length > 0; k++)
        {
            int at = rng.Next(sb.Length);
            sb[at] = rng.Next(4) switch
            {
                0 => (char)rng.Next(0x20, 0x7F),          // another ASCII character
                1 => Punctuators[rng.Next(Punctuators.Length)],
                2 => (char)rng.Next(0xD800, 0xE000),      // a surrogate, usually unpaired
                _ => (char)rng.Next(0, 0x10000),          // anything
            };
        }
    }

    private const string Punctuators = "(){}[]`'\"/\\;,.=<>!?:*+-%&|^~#@$";

    /// <summary>Corrupts the UTF-8 encoding of the text, then decodes it the way a host reading a
    /// file would (invalid sequences become U+FFFD).</summary>
    private static string MutateBytes(string text, Random rng)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        int n = 1 + rng.Next(6);
        for (int k = 0; k < n; k++)
        {
            int at = rng.Next(bytes.Count + 1);
            switch (rng.Next(5))
            {
                case 0 when at < bytes.Count: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                case 1 when at < bytes.Count: bytes[at] = (byte)rng.Next(0x80, 0x100); break;
                case 2 when at < bytes.Count: bytes.RemoveAt(at); break;
                case 3: bytes.InsertRange(at, InvalidSequences[rng.Next(InvalidSequences.Length)]); break;
                default: bytes.Insert(at, (byte)rng.Next(256)); break;
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static readonly byte[][] InvalidSequences =
    [
        [0xC0, 0x80],             // overlong NUL
        [0xED, 0xA0, 0x80],       // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xE2, 0x80],             // truncated sequence (U+2028 without its last byte)
        [0xFF],
        [0x80, 0x80],             // stray continuation bytes
        [0xEF, 0xBB, 0xBF],       // a BOM in the middle
        [0xE2, 0x80, 0xA8],       // U+2028, valid
    ];
}

/// <summary>Finds ../shared/test262/test: the shared/ folder beside the repository (CI clones the
/// repository with shared/ next to it), found by walking up from the test assembly directory.</summary>
internal static class Test262Locator
{
    public static string? FindTestDirectory()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "test262", "test");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
