namespace Aot.Engine.Tests.Interpreting;

/// <summary>Runs a script, then its promise jobs, and returns what it printed (one line per print).</summary>
internal static class AsyncTesting
{
    public static string Printed(string source)
    {
        var js = new Js();
        js.Run(source);
        js.Vm.RunJobs();
        return string.Join("|", js.Printed);
    }
}
