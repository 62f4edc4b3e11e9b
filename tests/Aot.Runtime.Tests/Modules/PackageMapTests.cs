using Aot.Runtime.Modules.Resolution;
using Xunit;

namespace Aot.Runtime.Tests.Modules;

// "exports" / "imports" semantics on an in-memory tree. Each case was checked against Node v20.20.2.
public sealed class PackageMapTests
{
    private static (ModuleResolver Resolver, InMemoryFileSystem Files) Package(string packageJson, params string[] files)
    {
        var fs = new InMemoryFileSystem();
        fs.AddFile("/p/node_modules/m/package.json", packageJson);
        foreach (string file in files) fs.AddFile("/p/node_modules/m/" + file, "");
        fs.AddFile("/p/main.mjs", "");
        return (new ModuleResolver(fs), fs);
    }

    private static string? Import(ModuleResolver resolver, string specifier) => resolver.ResolveImport(specifier, "/p/main.mjs").Path;

    private static string? Require(ModuleResolver resolver, string specifier) => resolver.ResolveRequire(specifier, "/p/main.cjs").Path;

    [Fact]
    public void ExportsWinsOverMain()
    {
        var (r, _) = Package("""{"main":"main.js","exports":"./exp.js"}""", "main.js", "exp.js");
        Assert.Equal("/p/node_modules/m/exp.js", Import(r, "m"));
        Assert.Equal("/p/node_modules/m/exp.js", Require(r, "m"));
        // With "exports", other files are unreachable.
        Assert.Equal("ERR_PACKAGE_PATH_NOT_EXPORTED", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/main.js")).Code);
    }

    [Fact]
    public void PackageKeyOrderDecidesNotTheConditionList()
    {
        var (r, _) = Package("""{"exports":{"require":"./r.js","import":"./i.js","default":"./d.js"}}""", "r.js", "i.js", "d.js");
        Assert.Equal("/p/node_modules/m/i.js", Import(r, "m"));
        Assert.Equal("/p/node_modules/m/r.js", Require(r, "m"));
        var (r2, _) = Package("""{"exports":{"default":"./d.js","import":"./i.js"}}""", "i.js", "d.js");
        Assert.Equal("/p/node_modules/m/d.js", Import(r2, "m"));
        var (r3, _) = Package("""{"exports":{"node":"./n.js","import":"./i.js"}}""", "n.js", "i.js");
        Assert.Equal("/p/node_modules/m/n.js", Import(r3, "m"));
    }

    [Fact]
    public void NestedConditionsFallThroughWhenNothingMatches()
    {
        var (r, _) = Package("""{"exports":{".":{"node":{"import":"./ni.js","require":"./nr.js"},"default":"./d.js"}}}""", "ni.js", "nr.js", "d.js");
        Assert.Equal("/p/node_modules/m/ni.js", Import(r, "m"));
        Assert.Equal("/p/node_modules/m/nr.js", Require(r, "m"));
        var (r2, _) = Package("""{"exports":{"node":{"browser":"./b.js"},"default":"./d.js"}}""", "b.js", "d.js");
        Assert.Equal("/p/node_modules/m/d.js", Import(r2, "m"));
    }

    [Fact]
    public void SubpathPatternsPreferTheLongestPrefix()
    {
        var (r, _) = Package("""
            {"exports":{"./*":"./all/*.js","./features/*":"./feat/*.js","./features/*.js":"./feat/*.js","./features/private/*":null,
             "./x/*/y/*":"./never/*.js","./exact":"./exact.js"}}
            """, "all/a.js", "feat/a.js", "feat/private/s.js", "exact.js", "all/features/z.js");
        Assert.Equal("/p/node_modules/m/all/a.js", Import(r, "m/a"));
        Assert.Equal("/p/node_modules/m/feat/a.js", Import(r, "m/features/a"));
        Assert.Equal("/p/node_modules/m/feat/a.js", Import(r, "m/features/a.js"));
        Assert.Equal("/p/node_modules/m/exact.js", Import(r, "m/exact"));
        // A null target excludes a subtree.
        Assert.Equal("ERR_PACKAGE_PATH_NOT_EXPORTED", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/features/private/s")).Code);
        // Keys with two "*" are ignored.
        Assert.Equal("/p/node_modules/m/all/x/1/y/2.js", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/x/1/y/2")).Url?.Substring(7));
    }

    [Fact]
    public void PatternsReplaceEveryStarAndKeepSlashes()
    {
        var (r, _) = Package("""{"exports":{"./*":{"import":"./esm/*/*.mjs"}}}""", "esm/a/b/a/b.mjs");
        Assert.Equal("/p/node_modules/m/esm/a/b/a/b.mjs", Import(r, "m/a/b"));
        // No "require" condition: require cannot reach it.
        Assert.Equal("ERR_PACKAGE_PATH_NOT_EXPORTED", Assert.Throws<ModuleResolutionException>(() => Require(r, "m/a/b")).Code);
    }

    [Fact]
    public void ArrayFallbacksSkipInvalidTargets()
    {
        var (r, _) = Package("""{"exports":{".":["../bad.js",{"worker":"./w.js"},"./good.js","./later.js"]}}""", "good.js", "later.js");
        Assert.Equal("/p/node_modules/m/good.js", Require(r, "m"));
        Assert.Equal("/p/node_modules/m/good.js", Import(r, "m"));
        var (r2, _) = Package("""{"exports":{".":["../bad.js"]}}""");
        Assert.Equal("Invalid \"exports\" main target \"../bad.js\" defined in the package config /p/node_modules/m/package.json imported from /p/main.mjs; targets must start with \"./\"",
            Assert.Throws<ModuleResolutionException>(() => Import(r2, "m")).Message);
        var (r3, _) = Package("""{"exports":{".":[]}}""");
        Assert.Equal("No \"exports\" main defined in /p/node_modules/m/package.json imported from /p/main.mjs", Assert.Throws<ModuleResolutionException>(() => Import(r3, "m")).Message);
    }

    [Fact]
    public void InvalidTargets()
    {
        var (r, _) = Package("""
            {"exports":{"./abs":"/etc/passwd","./up":"./a/../../x.js","./nm":"./NODE_MODULES/x.js","./enc":"./%2e%2e/x.js",
             "./url":"file:///x.js","./num":5,"./bare":"lodash","./p/*":"./lib/*.js","./dot":"./a/./b.js"}}
            """, "lib/ok.js");
        foreach (string sub in new[] { "abs", "up", "nm", "enc", "url", "num", "bare", "dot" })
            Assert.Equal("ERR_INVALID_PACKAGE_TARGET", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/" + sub)).Code);
        Assert.Equal("ERR_INVALID_MODULE_SPECIFIER", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/p/../../x")).Code);
        Assert.Equal("ERR_INVALID_MODULE_SPECIFIER", Assert.Throws<ModuleResolutionException>(() => Import(r, "m/p/node_modules/x")).Code);
        Assert.Equal("/p/node_modules/m/lib/ok.js", Import(r, "m/p/ok"));
        ModuleResolutionException number = Assert.Throws<ModuleResolutionException>(() => Import(r, "m/num"));
        Assert.Equal("Invalid \"exports\" target \"5\" defined for './num' in the package config /p/node_modules/m/package.json imported from /p/main.mjs; targets must start with \"./\"", number.Message);
    }

    [Fact]
    public void ImportsMayMapToPackagesAndPatterns()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/p/package.json", """{"imports":{"#utils/*":"./src/utils/*.js","#lodash":"lodash","#cond":{"node":"./n.js","default":"./d.js"},"#bad/*":"../*"}}""")
            .AddFile("/p/src/utils/a.js", "").AddFile("/p/n.js", "").AddFile("/p/d.js", "")
            .AddFile("/p/node_modules/lodash/package.json", """{"main":"lodash.js"}""").AddFile("/p/node_modules/lodash/lodash.js", "");
        var r = new ModuleResolver(fs);
        Assert.Equal("/p/src/utils/a.js", r.ResolveImport("#utils/a", "/p/src/x.mjs").Path);
        Assert.Equal("/p/node_modules/lodash/lodash.js", r.ResolveImport("#lodash", "/p/src/x.mjs").Path);
        Assert.Equal("/p/n.js", r.ResolveRequire("#cond", "/p/src/x.js").Path);
        Assert.Equal("ERR_INVALID_PACKAGE_TARGET", Assert.Throws<ModuleResolutionException>(() => r.ResolveImport("#bad/x", "/p/x.mjs")).Code);
        Assert.Equal("ERR_INVALID_MODULE_SPECIFIER", Assert.Throws<ModuleResolutionException>(() => r.ResolveImport("#utils/", "/p/x.mjs")).Code);
        // Outside any package scope there is nothing to define the import.
        ModuleResolutionException none = Assert.Throws<ModuleResolutionException>(() => new ModuleResolver(new InMemoryFileSystem().AddFile("/a.mjs", "")).ResolveImport("#x", "/a.mjs"));
        Assert.Equal("Package import specifier \"#x\" is not defined imported from /a.mjs", none.Message);
    }

    [Fact]
    public void ScopedSelfReference()
    {
        var fs = new InMemoryFileSystem()
            .AddFile("/s/package.json", """{"name":"@me/lib","exports":{".":"./i.js","./u":{"require":"./u.cjs","import":"./u.mjs"}}}""")
            .AddFile("/s/i.js", "").AddFile("/s/u.cjs", "").AddFile("/s/u.mjs", "").AddFile("/s/test/t.js", "");
        var r = new ModuleResolver(fs);
        Assert.Equal("/s/i.js", r.ResolveImport("@me/lib", "/s/test/t.js").Path);
        Assert.Equal("/s/u.mjs", r.ResolveImport("@me/lib/u", "/s/test/t.js").Path);
        Assert.Equal("/s/u.cjs", r.ResolveRequire("@me/lib/u", "/s/test/t.js").Path);
    }

    [Fact]
    public void PatternKeyCompareOrdersBySpecificity()
    {
        Assert.Equal(-1, PatternKeyComparer.Compare("./features/*", "./*"));
        Assert.Equal(1, PatternKeyComparer.Compare("./*", "./features/*"));
        Assert.Equal(-1, PatternKeyComparer.Compare("./a/*.js", "./a/*"));
        Assert.Equal(1, PatternKeyComparer.Compare("./a/", "./a/*"));
        Assert.Equal(-1, PatternKeyComparer.Compare("./a/*", "./a/"));
        Assert.Equal(0, PatternKeyComparer.Compare("./a/*", "./a/*"));
        Assert.Equal(1, PatternKeyComparer.Compare("", "./a/*"));
    }
}
