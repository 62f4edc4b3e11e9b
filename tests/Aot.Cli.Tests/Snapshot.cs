using System.IO;
using System.Text;
using Xunit.Sdk;

namespace Aot.Cli.Tests;

/// <summary>
/// Verify-style snapshots (the Verify package cannot be restored here): the text is compared with
/// NAME.verified.txt; a mismatch writes NAME.received.txt and fails; a match deletes a stale
/// received file; AOT_ACCEPT=1 accepts the received text (a deliberate act, never set in CI).
/// </summary>
public static class Snapshot
{
    public static void Verify(string verifiedPath, string actual)
    {
        string receivedPath = Path.ChangeExtension(verifiedPath, null);
        receivedPath = receivedPath[..^".verified".Length] + ".received.txt";
        actual = actual.Replace("\r\n", "\n");
        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        if (System.Environment.GetEnvironmentVariable("AOT_ACCEPT") == "1" && System.Environment.GetEnvironmentVariable("CI") == null)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException(
            $"Snapshot mismatch: {Path.GetFileName(verifiedPath)}{(expected == null ? " does not exist" : "")}.\n" +
            $"Received text written to {receivedPath}; review it and rerun with AOT_ACCEPT=1 to accept.\n" +
            $"--- expected\n{expected}\n--- received\n{actual}");
    }

    /// <summary>One text for stdout, stderr and the exit code; absolute paths scrubbed to {ProjectDirectory}.</summary>
    public static string Describe(AotProcess.Result result) =>
        Scrub($"exit: {result.ExitCode}\n--- stdout\n{result.Stdout}--- stderr\n{result.Stderr}");

    public static string Scrub(string text) => text.Replace(AotProcess.RepoRoot, "{ProjectDirectory}");
}
