using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace Aot.Cli.Tests;

/// <summary>
/// Snapshot scripts marked "// portable: stdout matches node" (in their first lines) run under
/// `node` too: stdout and the exit code must be identical to aot's, so the snapshots are known to
/// match Node's behaviour. stderr is not compared (Node adds its internal stack frames and version
/// line). Without a `node` on PATH the test passes with a message saying it did not compare.
/// </summary>
public sealed class NodeComparisonTests(ITestOutputHelper output)
{
    private const string Marker = "// portable: stdout matches node";
    private static readonly string SnapshotRoot = Path.Combine(AotProcess.RepoRoot, "tests", "snapshots", "run");

    public static IEnumerable<object[]> PortableScripts() =>
        Directory.EnumerateFiles(SnapshotRoot, "*.*")
            .Where(f => f.EndsWith(".js") || f.EndsWith(".cjs") || f.EndsWith(".mjs"))
            .Where(f => File.ReadLines(f).Take(3).Any(line => line.Trim() == Marker))
            .Select(Path.GetFileName)
            .Order()
            .Select(f => new object[] { f! });

    [Fact]
    public void Some_scripts_are_marked_portable() => Assert.True(PortableScripts().Count() >= 10);

    [Theory]
    [MemberData(nameof(PortableScripts))]
    public void Stdout_and_exit_code_match_node(string script)
    {
        var node = RunNode(script);
        if (node == null)
        {
            string message = $"SKIPPED: `node` is not installed; {script} was not compared with Node.";
            output.WriteLine(message);
            Console.Error.WriteLine(message);
            return;
        }
        var aot = AotProcess.Run(SnapshotRoot, null, script);
        Assert.Equal(node.Stdout, aot.Stdout);
        Assert.Equal(node.ExitCode, aot.ExitCode);
    }

    private static AotProcess.Result? RunNode(string script)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = SnapshotRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(script);
        info.Environment["NO_COLOR"] = "1";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Close();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish in 60 s");
            }
            return new AotProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
