using System;
using Aot.Runtime.Modules.Resolution;
using Xunit;

namespace Aot.Runtime.Tests.Modules;

// Expected results and messages are Node v20.20.2's Module._resolveFilename on the NodeFixture layout,
// with app/src/main.js as the parent.
public sealed class CommonJsResolutionTests : IDisposable
{
    private readonly FixtureTree _tree = NodeFixture.Create();
    private readonly ModuleResolver _resolver;
    private readonly string _parent;

    public CommonJsResolutionTests()
    {
        _resolver = _tree.Resolver();
        _parent = _tree["app/src/main.js"];
    }

    public void Dispose() => _tree.Dispose();

    private string? Require(string request) => _resolver.ResolveRequire(request, _parent).Path;

    private ModuleResolutionException Fails(string request) =>
        Assert.Throws<ModuleResolutionException>(() => _resolver.ResolveRequire(request, _parent));

    [Fact]
    public void FilesExtensionsAndIndexes()
    {
        Assert.Equal(_tree["app/src/x.js"], Require("./x"));
        Assert.Equal(_tree["app/src/x.js"], Require("./x.js"));
        Assert.Equal(_tree["app/src/x.js"], Require(_tree["app/src/x"]));
        Assert.Equal(_tree["app/src/dir/index.js"], Require("./dir"));
        Assert.Equal(_tree["app/src/dir/index.js"], Require("./dir/"));
        Assert.Equal(_tree["app/src/dir/index.js"], Require("../src/dir"));
    }

    [Fact]
    public void ExtensionOrderIsJsJsonNodeAndFilesBeatDirectories()
    {
        _tree.File("o/a.json", "{}").File("o/a.node").File("o/b.node").File("o/a/index.js").File("o/c.js").File("o/c/index.js");
        string parent = _tree["o/main.js"];
        Assert.Equal(_tree["o/a.json"], _resolver.ResolveRequire("./a", parent).Path);
        Assert.Equal(ModuleFormat.Json, _resolver.ResolveRequire("./a", parent).Format);
        Assert.Equal(ModuleFormat.Addon, _resolver.ResolveRequire("./b", parent).Format);
        Assert.Equal(_tree["o/c.js"], _resolver.ResolveRequire("./c", parent).Path);
        Assert.Equal(_tree["o/c/index.js"], _resolver.ResolveRequire("./c/", parent).Path);
    }

    [Fact]
    public void NotFoundCarriesTheRequireStack()
    {
        ModuleResolutionException e = Fails("./nonexist");
        Assert.Equal("MODULE_NOT_FOUND", e.Code);
        Assert.Equal($"Cannot find module './nonexist'\nRequire stack:\n- {_parent}", e.Message);
        Assert.Equal(new[] { _parent }, e.RequireStack);
        Assert.Equal($"Cannot find module 'nothere'\nRequire stack:\n- {_parent}", Fails("nothere").Message);
        Assert.Equal($"Cannot find module '@sc'\nRequire stack:\n- {_parent}", Fails("@sc").Message);
        Assert.Equal($"Cannot find module './a%2Fb.js'\nRequire stack:\n- {_parent}", Fails("./a%2Fb.js").Message);
        Assert.Equal($"Cannot find module '.'\nRequire stack:\n- {_parent}", Fails(".").Message);

        var stack = new[] { _parent, "/outer/b.js", "/outer/main.js" };
        ModuleResolutionException nested = Assert.Throws<ModuleResolutionException>(() => _resolver.ResolveRequire("zzz", _parent, stack));
        Assert.Equal($"Cannot find module 'zzz'\nRequire stack:\n- {_parent}\n- /outer/b.js\n- /outer/main.js", nested.Message);
    }

    [Fact]
    public void PackagesUseRequireConditionsAndMain()
    {
        ResolvedModule pkg = _resolver.ResolveRequire("pkg", _parent);
        Assert.Equal(_tree["app/node_modules/pkg/dist/r.cjs"], pkg.Path);
        Assert.Equal(ModuleFormat.CommonJs, pkg.Format);
        Assert.Equal(_tree["app/node_modules/nomain/index.js"], Require("nomain"));
        Assert.Equal(_tree["app/node_modules/nomain/index.js"], Require("nomain/"));
        Assert.Equal(_tree["app/node_modules/@sc/p/m.js"], Require("@sc/p"));
        Assert.Equal(_tree["app/node_modules/mainidx/lib/index.js"], Require("mainidx"));
        Assert.Equal(_tree["app/node_modules/badmain2/index.js"], Require("badmain2"));
    }

    [Fact]
    public void PackageErrorsMatchNode()
    {
        string pkgJson = _tree["app/node_modules/pkg/package.json"];
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/pkg/dist/f/b.js"]}'", Fails("pkg/feat/b").Message);
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/pkg/dist/nope.js"]}'", Fails("pkg/missing").Message);
        Assert.Equal($"Package subpath './nope' is not defined by \"exports\" in {pkgJson}", Fails("pkg/nope").Message);
        Assert.Equal($"Package subpath './null' is not defined by \"exports\" in {pkgJson}", Fails("pkg/null").Message);
        Assert.Equal($"Invalid \"exports\" target \"../x.js\" defined for './bad' in the package config {pkgJson}; targets must start with \"./\"", Fails("pkg/bad").Message);

        ModuleResolutionException main = Fails("badmain");
        Assert.Equal("MODULE_NOT_FOUND", main.Code);
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/badmain/lib/nope.js"]}'. Please verify that the package.json has a valid \"main\" entry", main.Message);

        ModuleResolutionException json = Fails("badjson");
        Assert.StartsWith($"Error parsing {_tree["app/node_modules/badjson/package.json"]}: ", json.Message);
    }

    [Fact]
    public void ImportsAndSelfReference()
    {
        string appJson = _tree["app/package.json"];
        Assert.Equal(_tree["app/src/x.js"], Require("#int"));
        Assert.Equal(_tree["app/node_modules/pkg/dist/r.cjs"], Require("#dep"));
        Assert.Equal($"Package import specifier \"#nope\" is not defined in package {appJson} imported from {_parent}", Fails("#nope").Message);
        Assert.Equal($"Cannot find module '{_tree["app/src/missing.js"]}'", Fails("#miss").Message);
        Assert.Equal($"Invalid \"imports\" target \"../x.js\" defined for '#bad' in the package config {appJson} imported from {_parent}", Fails("#bad").Message);
        Assert.Equal(_tree["app/src/x.js"], Require("app"));
        Assert.Equal(_tree["app/src/dir/index.js"], Require("app/sub"));
        Assert.Equal($"Package subpath './nope' is not defined by \"exports\" in {appJson} imported from {_parent}", Fails("app/nope").Message);
    }

    [Fact]
    public void HashRequestWithoutImportsFieldIsAnOrdinaryMiss()
    {
        _tree.File("noimports/package.json", "{}");
        ModuleResolutionException e = Assert.Throws<ModuleResolutionException>(() => _resolver.ResolveRequire("#x", _tree["noimports/a.js"]));
        Assert.Equal("MODULE_NOT_FOUND", e.Code);
    }

    [Fact]
    public void Builtins()
    {
        Assert.Equal("fs", _resolver.ResolveRequire("fs", _parent).BuiltinName);
        Assert.Equal("fs", _resolver.ResolveRequire("node:fs", _parent).BuiltinName);
        Assert.Equal("test", _resolver.ResolveRequire("node:test", _parent).BuiltinName);
        Assert.Equal($"Cannot find module 'test'\nRequire stack:\n- {_parent}", Fails("test").Message);
        // require('node:nope') is Module._load's error (require.resolve would say MODULE_NOT_FOUND).
        Assert.Equal("ERR_UNKNOWN_BUILTIN_MODULE", Fails("node:nope").Code);
    }

    [Fact]
    public void NodeModulesWalkSkipsNodeModulesSegmentsAndReachesTheRoot()
    {
        _tree.File("w/node_modules/outer/index.js").File("w/node_modules/a/node_modules/inner/index.js").File("w/node_modules/a/lib/x.js");
        string parent = _tree["w/node_modules/a/lib/x.js"];
        Assert.Equal(_tree["w/node_modules/a/node_modules/inner/index.js"], _resolver.ResolveRequire("inner", parent).Path);
        Assert.Equal(_tree["w/node_modules/outer/index.js"], _resolver.ResolveRequire("outer", parent).Path);
    }

    [Fact]
    public void RequireFormatFollowsType()
    {
        Assert.Equal(ModuleFormat.Module, _resolver.ResolveRequire("./x.js", _parent).Format);
        _tree.File("app/src/any.txt");
        Assert.Equal(ModuleFormat.CommonJs, _resolver.ResolveRequire("./any.txt", _parent).Format);
    }

    [Fact]
    public void GlobalFoldersComeLast()
    {
        _tree.File("global/gpkg/index.js");
        _resolver.GlobalFolders = [_tree["global"]];
        Assert.Equal(_tree["global/gpkg/index.js"], Require("gpkg"));
    }
}
