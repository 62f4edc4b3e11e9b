using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using Aot.Engine.Objects;
using Aot.Runtime.Node;
using Xunit;

namespace Aot.Runtime.Tests.Node;

/// <summary>
/// Each Scripts/NAME.js runs in a realm with the builtin modules installed as globals of the same
/// name; its console output must equal NAME.node.txt, which is what node printed for the same script
/// (Scripts/regen.sh).
/// </summary>
public class NodeScriptTests
{
    private static string ScriptsDirectory([CallerFilePath] string file = "") => Path.Combine(Path.GetDirectoryName(file)!, "Scripts");

    public static IEnumerable<object[]> Scripts()
    {
        foreach (var f in Directory.GetFiles(ScriptsDirectory(), "*.js"))
            yield return new object[] { Path.GetFileNameWithoutExtension(f) };
    }

    internal static ModuleRealm WithAllModules()
    {
        var realm = new ModuleRealm()
            .With("path", PathModule.CreateExports)
            .With("events", EventsModule.CreateExports)
            .With("util", UtilModule.CreateExports)
            .With("fs", FsModule.CreateExports)
            .With("os", OsModule.CreateExports)
            .With("tty", TtyModule.CreateExports)
            .With("url", UrlModule.CreateExports)
            .With("buffer", BufferModule.CreateExports)
            .With("assert", AssertModule.CreateExports)
            .With("string_decoder", StringDecoderModule.CreateExports)
            .With("querystring", QuerystringModule.CreateExports);
        NodeGlobals.Install(realm.Realm);
        return realm;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void OutputMatchesNode(string name)
    {
        string dir = ScriptsDirectory();
        var realm = WithAllModules();
        string file = Path.Combine(dir, name + ".js");
        string result = realm.Eval(File.ReadAllText(file), file);
        string output = realm.Stdout.ToString();
        if (result.StartsWith("throws ", StringComparison.Ordinal)) output += result + "\n";
        Assert.Equal(File.ReadAllText(Path.Combine(dir, name + ".node.txt")), output);
    }
}
