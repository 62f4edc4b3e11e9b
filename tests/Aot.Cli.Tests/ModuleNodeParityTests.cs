using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Aot.Cli.Tests;

/// <summary>
/// The multi-file module programs of tests/snapshots/modules/&lt;case&gt;/ use only portable APIs, so
/// besides their snapshot their stdout and exit code must equal node's (run from the same folder).
/// </summary>
public sealed class ModuleNodeParityTests
{
    private static readonly string ModulesRoot = Path.Combine(AotProcess.RepoRoot, "tests", "snapshots", "modules");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateDirectories(ModulesRoot).Order().Select(d => new object[] { Path.GetFileName(d) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Module_program_prints_what_node_prints(string name)
    {
        string dir = Path.Combine(ModulesRoot, name);
        string main = Path.GetFileName(Directory.EnumerateFiles(dir, "main.*").Single(f => !f.EndsWith(".txt")));
        var aot = AotProcess.Run(dir, null, main);
        var node = RunNode(dir, main);
        Assert.Equal((node.ExitCode, node.Stdout), (aot.ExitCode, aot.Stdout));
    }

    private static AotProcess.Result RunNode(string dir, string file)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(file);
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "node did not finish in 60 s");
        return new AotProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
