using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace Aot.Cli.Tests;

/// <summary>Runs the real bin/aot (built by `make`) as a new user would.</summary>
public static class AotProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static readonly string RepoRoot = FindRepoRoot();
    public static readonly string Binary = Path.Combine(RepoRoot, "bin", "aot");

    public static Result Run(string workingDirectory, string? stdin, params string[] args)
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"{Binary} does not exist: run `make` first (make test does).");
        var info = new ProcessStartInfo(Binary)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (string arg in args) info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin != null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aot {string.Join(' ', args)} did not finish in 60 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Aot.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Aot.sln) above " + AppContext.BaseDirectory);
    }
}
