using Aot.Runtime.Modules.Resolution;
using Xunit;

namespace Aot.Runtime.Tests.Modules;

public sealed class ResolutionCacheTests
{
    private static InMemoryFileSystem Tree()
    {
        var fs = new InMemoryFileSystem().AddFile("/app/src/deep/main.js", "");
        for (int i = 0; i < 20; i++)
        {
            fs.AddFile($"/app/node_modules/dep{i}/package.json", "{\"name\":\"dep" + i + "\",\"exports\":{\".\":{\"require\":\"./r.js\",\"default\":\"./i.js\"}}}")
              .AddFile($"/app/node_modules/dep{i}/r.js", "").AddFile($"/app/node_modules/dep{i}/i.js", "");
        }
        return fs;
    }

    [Fact]
    public void RepeatedResolutionDoesNotProbeOrReadAgain()
    {
        InMemoryFileSystem fs = Tree();
        var resolver = new ModuleResolver(fs);
        for (int i = 0; i < 20; i++)
        {
            resolver.ResolveImport($"dep{i}", "/app/src/deep/main.js");
            resolver.ResolveRequire($"dep{i}", "/app/src/deep/main.js");
        }
        int probes = fs.EntryKindProbes, reads = fs.Reads;
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 20; i++)
            {
                Assert.Equal($"/app/node_modules/dep{i}/i.js", resolver.ResolveImport($"dep{i}", "/app/src/deep/main.js").Path);
                Assert.Equal($"/app/node_modules/dep{i}/r.js", resolver.ResolveRequire($"dep{i}", "/app/src/deep/main.js").Path);
            }
        }
        Assert.Equal(probes, fs.EntryKindProbes);
        Assert.Equal(reads, fs.Reads);
        // Each package.json was read once.
        Assert.Equal(20, reads);
    }

    [Fact]
    public void ClearingTheStatCacheSeesNewFiles()
    {
        var fs = new InMemoryFileSystem().AddFile("/a/main.js", "");
        var resolver = new ModuleResolver(fs);
        Assert.Throws<ModuleResolutionException>(() => resolver.ResolveRequire("./later", "/a/main.js"));
        fs.AddFile("/a/later.js", "");
        Assert.Throws<ModuleResolutionException>(() => resolver.ResolveRequire("./later", "/a/main.js"));
        resolver.ClearCaches();
        Assert.Equal("/a/later.js", resolver.ResolveRequire("./later", "/a/main.js").Path);
    }

    [Fact]
    public void PackageJsonReaderFindsScopesAndStopsAtNodeModules()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/r/package.json", """{"name":"r","type":"module","main":"m.js","exports":null,"imports":"not an object"}""")
            .AddFile("/r/node_modules/x/lib/a.js", "")
            .AddFile("/r/bad/package.json", "[1,");
        var reader = new PackageJsonReader(fs);
        PackageJson? scope = reader.FindScope("/r/src/a.js");
        Assert.NotNull(scope);
        Assert.Equal("r", scope!.Name);
        Assert.Equal(PackageType.Module, scope.Type);
        Assert.Equal("m.js", scope.Main);
        Assert.Null(scope.Exports);
        Assert.Null(scope.Imports);
        Assert.Null(reader.FindScope("/r/node_modules/x/lib/a.js"));
        PackageJson? bad = reader.Read("/r/bad");
        Assert.NotNull(bad);
        Assert.False(bad!.IsValid);
        Assert.Same(scope, reader.FindScope("/r/other/b.js"));
    }

    [Fact]
    public void InMemorySymlinksResolve()
    {
        var fs = new InMemoryFileSystem().AddFile("/store/pkg@1/index.js", "").AddSymlink("/app/node_modules/pkg", "/store/pkg@1").AddFile("/app/main.js", "");
        Assert.Equal("/store/pkg@1/index.js", new ModuleResolver(fs).ResolveRequire("pkg", "/app/main.js").Path);
    }

    [Fact]
    public void BuiltinListMatchesNode20()
    {
        Assert.Equal(68, BuiltinModules.Names.Count); // require("module").builtinModules.length in Node 20.20
        Assert.True(BuiltinModules.IsBuiltin("fs"));
        Assert.True(BuiltinModules.IsBuiltin("node:fs"));
        Assert.True(BuiltinModules.IsBuiltin("node:test"));
        Assert.True(BuiltinModules.IsBuiltin("node:test/reporters"));
        Assert.False(BuiltinModules.IsBuiltin("test"));
        Assert.False(BuiltinModules.IsBuiltin("node:sqlite"));
    }
}
