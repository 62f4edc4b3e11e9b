using System;
using Aot.Runtime.Modules.Resolution;
using Xunit;

namespace Aot.Runtime.Tests.Modules;

// Expected codes and messages are Node v20.20.2's, from `node --input-type=module -e "import '<specifier>'"`
// run in app/src of the NodeFixture layout (Node names the importer "[eval1]"; here it is main.js).
public sealed class EsmResolutionTests : IDisposable
{
    private readonly FixtureTree _tree = NodeFixture.Create();
    private readonly ModuleResolver _resolver;
    private readonly string _parent;

    public EsmResolutionTests()
    {
        _resolver = _tree.Resolver();
        _parent = _tree["app/src/main.js"];
    }

    public void Dispose() => _tree.Dispose();

    private ResolvedModule Import(string specifier) => _resolver.ResolveImport(specifier, _parent);

    private ModuleResolutionException Fails(string specifier) =>
        Assert.Throws<ModuleResolutionException>(() => _resolver.ResolveImport(specifier, _parent));

    [Fact]
    public void RelativeAndAbsoluteAndFileUrlSpecifiers()
    {
        Assert.Equal(_tree["app/src/x.js"], Import("./x.js").Path);
        Assert.Equal(_tree["app/src/x.js"], Import("../src/dir/../x.js").Path);
        Assert.Equal(_tree["app/src/x.js"], Import(_tree["app/src/x.js"]).Path);
        Assert.Equal(_tree["app/src/x.js"], Import("file://" + _tree["app/src/x.js"]).Path);
        Assert.Equal(_tree["app/src/x.js"], Import("file://localhost" + _tree["app/src/x.js"]).Path);
        ResolvedModule withQuery = Import("./x.js?v=1#top");
        Assert.Equal(_tree["app/src/x.js"], withQuery.Path);
        Assert.Equal("file://" + _tree["app/src/x.js"] + "?v=1#top", withQuery.Url);
        Assert.Equal(ModuleFormat.Module, withQuery.Format);
    }

    [Fact]
    public void PercentEncodingIsDecodedButEncodedSeparatorsAreRejected()
    {
        _tree.File("app/src/a b.js");
        Assert.Equal(_tree["app/src/a b.js"], Import("./a%20b.js").Path);
        Assert.Equal(_tree["app/src/a b.js"], Import("./a b.js").Path);
        Assert.Equal("file://" + _tree["app/src/a%20b.js"], Import("./a b.js").Url);
        ModuleResolutionException e = Fails("./a%2Fb.js");
        Assert.Equal("ERR_INVALID_MODULE_SPECIFIER", e.Code);
        Assert.True(e.IsTypeError);
        Assert.Equal($"Invalid module \"{_tree["app/src/a%2Fb.js"]}\" must not include encoded \"/\" or \"\\\" characters imported from {_parent}", e.Message);
    }

    [Fact]
    public void NotFoundWithoutExtensionSuggestsTheFileRequireWouldLoad()
    {
        ModuleResolutionException e = Fails("./x");
        Assert.Equal("ERR_MODULE_NOT_FOUND", e.Code);
        Assert.Equal($"Cannot find module '{_tree["app/src/x"]}' imported from {_parent}\nDid you mean to import \"./x.js\"?", e.Message);
        Assert.Equal("file://" + _tree["app/src/x"], e.Url);

        ModuleResolutionException noHint = Fails("./nothing.js");
        Assert.Equal($"Cannot find module '{_tree["app/src/nothing.js"]}' imported from {_parent}", noHint.Message);
    }

    [Fact]
    public void DirectoryImportsAreRejected()
    {
        ModuleResolutionException e = Fails("./dir");
        Assert.Equal("ERR_UNSUPPORTED_DIR_IMPORT", e.Code);
        Assert.Equal($"Directory import '{_tree["app/src/dir"]}' is not supported resolving ES modules imported from {_parent}\nDid you mean to import \"./dir/index.js\"?", e.Message);
        Assert.Equal($"Directory import '{_tree["app/src/dir"]}/' is not supported resolving ES modules imported from {_parent}\nDid you mean to import \"./dir/index.js\"?", Fails("./dir/").Message);
        // Node stats "/" for any trailing-slash path, so even a missing directory is a directory import.
        Assert.Equal($"Directory import '{_tree["app/src/nonexist"]}/' is not supported resolving ES modules imported from {_parent}", Fails("./nonexist/").Message);
        Assert.Equal($"Directory import '{_tree["app/src"]}/' is not supported resolving ES modules imported from {_parent}", Fails(".").Message);
    }

    [Fact]
    public void BuiltinsWithAndWithoutTheNodeScheme()
    {
        ResolvedModule fs = Import("fs");
        Assert.True(fs.IsBuiltin);
        Assert.Equal("fs", fs.BuiltinName);
        Assert.Equal("node:fs", fs.Url);
        Assert.Equal("fs/promises", Import("node:fs/promises").BuiltinName);
        Assert.Equal("test", Import("node:test").BuiltinName);
        // "test" is only a built-in with the scheme: bare, it is a package name.
        Assert.Equal("Cannot find package 'test' imported from " + _parent, Fails("test").Message);
        ModuleResolutionException unknown = Fails("node:nope");
        Assert.Equal("ERR_UNKNOWN_BUILTIN_MODULE", unknown.Code);
        Assert.Equal("No such built-in module: node:nope", unknown.Message);
    }

    [Fact]
    public void BarePackagesUseExportsWithImportConditions()
    {
        ResolvedModule pkg = Import("pkg");
        Assert.Equal(_tree["app/node_modules/pkg/dist/i.mjs"], pkg.Path);
        Assert.Equal(ModuleFormat.Module, pkg.Format);
        Assert.Equal(_tree["app/node_modules/pkg/dist/f/a.js"], Import("pkg/feat/a").Path);
        Assert.Equal(_tree["app/node_modules/pkg/dist/f/a.js"], Import("pkg/feat/a.js").Path);
    }

    [Fact]
    public void NodeModulesAreFoundFromNestedDirectories()
    {
        _tree.File("app/src/deep/er/still/m.js");
        Assert.Equal(_tree["app/node_modules/pkg/dist/i.mjs"],
            _resolver.ResolveImport("pkg", _tree["app/src/deep/er/still/m.js"]).Path);
        Assert.Equal(_tree["app/node_modules/@sc/p/m.js"], Import("@sc/p").Path);
    }

    [Fact]
    public void PackageErrorsMatchNode()
    {
        string pkgJson = _tree["app/node_modules/pkg/package.json"];
        Assert.Equal($"Package subpath './' is not defined by \"exports\" in {pkgJson} imported from {_parent}", Fails("pkg/").Message);
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/pkg/dist/f/b.js"]}' imported from {_parent}", Fails("pkg/feat/b").Message);
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/pkg/dist/nope.js"]}' imported from {_parent}", Fails("pkg/missing").Message);

        ModuleResolutionException bad = Fails("pkg/bad");
        Assert.Equal("ERR_INVALID_PACKAGE_TARGET", bad.Code);
        Assert.Equal($"Invalid \"exports\" target \"../x.js\" defined for './bad' in the package config {pkgJson} imported from {_parent}; targets must start with \"./\"", bad.Message);
        Assert.Equal($"Invalid \"exports\" target \"./node_modules/x.js\" defined for './nm' in the package config {pkgJson} imported from {_parent}", Fails("pkg/nm").Message);

        ModuleResolutionException notExported = Fails("pkg/nope");
        Assert.Equal("ERR_PACKAGE_PATH_NOT_EXPORTED", notExported.Code);
        Assert.Equal($"Package subpath './nope' is not defined by \"exports\" in {pkgJson} imported from {_parent}", notExported.Message);
        Assert.Equal($"Package subpath './null' is not defined by \"exports\" in {pkgJson} imported from {_parent}", Fails("pkg/null").Message);

        ModuleResolutionException escape = Fails("pkg/int/../x");
        Assert.Equal("ERR_INVALID_MODULE_SPECIFIER", escape.Code);
        Assert.Equal($"Invalid module \"./int/../x\" request is not a valid match in pattern \"./int/*\" for the \"exports\" resolution of {pkgJson} imported from {_parent}", escape.Message);

        Assert.Equal($"Invalid module \"{_tree["app/node_modules/pkg/dist/f/a%2fb.js"]}\" must not include encoded \"/\" or \"\\\" characters imported from {_parent}", Fails("pkg/feat/a%2fb").Message);
        Assert.Equal($"Cannot find package 'nothere' imported from {_parent}", Fails("nothere").Message);
        Assert.Equal($"Invalid module \"@sc\" is not a valid package name imported from {_parent}", Fails("@sc").Message);
    }

    [Fact]
    public void PackageConfigErrorsMatchNode()
    {
        ModuleResolutionException json = Fails("badjson");
        Assert.Equal("ERR_INVALID_PACKAGE_CONFIG", json.Code);
        // Node appends V8's JSON.parse message; ours is System.Text.Json's.
        Assert.StartsWith($"Invalid package config {_tree["app/node_modules/badjson/package.json"]} while importing \"badjson\" from {_parent}. ", json.Message);
        Assert.Equal($"Invalid package config {_tree["app/node_modules/numkeys/package.json"]} while importing file://{_parent}. \"exports\" cannot contain numeric property keys.", Fails("numkeys").Message);
        Assert.Equal($"Invalid package config {_tree["app/node_modules/mixed/package.json"]} while importing file://{_parent}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.", Fails("mixed").Message);
    }

    [Fact]
    public void LegacyMainResolutionWithoutExports()
    {
        Assert.Equal(_tree["app/node_modules/nomain/index.js"], Import("nomain").Path);
        Assert.Equal(_tree["app/node_modules/mainidx/lib/index.js"], Import("mainidx").Path);
        Assert.Equal(_tree["app/node_modules/badmain2/index.js"], Import("badmain2").Path);
        Assert.Equal(_tree["app/node_modules/nomain/index.js"], Import("nomain/index.js").Path);
        Assert.Equal($"Cannot find package '{_tree["app/node_modules/badmain/lib/nope.js"]}' imported from {_parent}", Fails("badmain").Message);
        Assert.Equal($"Cannot find package '{_tree["app/node_modules/empty/index.js"]}' imported from {_parent}", Fails("empty").Message);
        Assert.Equal($"Cannot find module '{_tree["app/node_modules/empty/x"]}' imported from {_parent}", Fails("empty/x").Message);
    }

    [Fact]
    public void ImportsFieldHashSpecifiers()
    {
        Assert.Equal(_tree["app/src/x.js"], Import("#int").Path);
        Assert.Equal(_tree["app/node_modules/pkg/dist/i.mjs"], Import("#dep").Path);
        Assert.Equal("fs", Import("#fs").BuiltinName);
        Assert.Equal(_tree["app/src/x.js"], Import("#star/x").Path);
        string appJson = _tree["app/package.json"];

        ModuleResolutionException notDefined = Fails("#nope");
        Assert.Equal("ERR_PACKAGE_IMPORT_NOT_DEFINED", notDefined.Code);
        Assert.True(notDefined.IsTypeError);
        Assert.Equal($"Package import specifier \"#nope\" is not defined in package {appJson} imported from {_parent}", notDefined.Message);
        Assert.Equal($"Invalid \"imports\" target \"../x.js\" defined for '#bad' in the package config {appJson} imported from {_parent}", Fails("#bad").Message);
        Assert.Equal($"Cannot find module '{_tree["app/src/missing.js"]}' imported from {_parent}", Fails("#miss").Message);
        Assert.Equal($"Invalid module \"#\" is not a valid internal imports specifier name imported from {_parent}", Fails("#").Message);
        Assert.Equal($"Invalid module \"#/x\" is not a valid internal imports specifier name imported from {_parent}", Fails("#/x").Message);
    }

    [Fact]
    public void SelfReferenceByPackageName()
    {
        Assert.Equal(_tree["app/src/x.js"], Import("app").Path);
        Assert.Equal(_tree["app/src/dir/index.js"], Import("app/sub").Path);
        Assert.Equal($"Package subpath './nope' is not defined by \"exports\" in {_tree["app/package.json"]} imported from {_parent}", Fails("app/nope").Message);
    }

    [Fact]
    public void UrlSchemes()
    {
        ModuleResolutionException http = Fails("http://x/y");
        Assert.Equal("ERR_UNSUPPORTED_ESM_URL_SCHEME", http.Code);
        Assert.Equal("Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'http:'", http.Message);
        Assert.Equal("ERR_INVALID_FILE_URL_HOST", Fails("file://example.com/x.js").Code);
    }

    [Fact]
    public void SymlinksResolveToRealPaths()
    {
        _tree.Symlink("app/node_modules/linked", "app/node_modules/nomain");
        Assert.Equal(_tree["app/node_modules/nomain/index.js"], Import("linked").Path);
    }

    [Fact]
    public void FormatsFollowExtensionsAndPackageType()
    {
        _tree.File("app/src/c.cjs").File("app/src/j.json", "{}").File("app/src/w.wasm").File("app/src/t.ts").File("app/src/noext")
            .File("plain/package.json", "{}").File("plain/a.js").File("plain/node_modules/dep/package.json", """{"type":"module"}""")
            .File("plain/node_modules/dep/d.js").File("plain/node_modules/nopkg/x.js").File("cjs/package.json", """{"type":"commonjs"}""").File("cjs/a.js");
        Assert.Equal(ModuleFormat.CommonJs, Import("./c.cjs").Format);
        Assert.Equal(ModuleFormat.Json, Import("./j.json").Format);
        Assert.Equal(ModuleFormat.Wasm, Import("./w.wasm").Format);
        Assert.Equal(ModuleFormat.Unknown, Import("./t.ts").Format);
        Assert.Equal(ModuleFormat.Module, Import("./noext").Format);

        ResolvedModule plain = _resolver.ResolveImport("./a.js", _tree["plain/main.js"]);
        Assert.Equal(ModuleFormat.CommonJs, plain.Format);
        Assert.True(plain.FormatIsImplicit);
        Assert.Equal(ModuleFormat.Module, _resolver.ResolveImport("dep/d.js", _tree["plain/main.js"]).Format);
        // LOOKUP_PACKAGE_SCOPE stops at node_modules: the outer "type" never leaks into a dependency.
        ResolvedModule noPackage = _resolver.ResolveImport(_tree["plain/node_modules/nopkg/x.js"], _tree["plain/main.js"]);
        Assert.Equal(ModuleFormat.CommonJs, noPackage.Format);
        Assert.True(noPackage.FormatIsImplicit);
        ResolvedModule explicitCjs = _resolver.ResolveImport("./a.js", _tree["cjs/main.js"]);
        Assert.Equal(ModuleFormat.CommonJs, explicitCjs.Format);
        Assert.False(explicitCjs.FormatIsImplicit);
    }

    [Fact]
    public void CustomConditionsAreMatchedInPackageOrder()
    {
        _tree.File("c/node_modules/cond/package.json", """{"exports":{"development":"./dev.js","node":"./node.js","default":"./def.js"}}""")
            .File("c/node_modules/cond/dev.js").File("c/node_modules/cond/node.js").File("c/node_modules/cond/def.js");
        string parent = _tree["c/main.mjs"];
        Assert.Equal(_tree["c/node_modules/cond/node.js"], _resolver.ResolveImport("cond", parent).Path);
        Assert.Equal(_tree["c/node_modules/cond/dev.js"], _resolver.ResolveImport("cond", parent, ConditionSet.Import.With("development")).Path);
        Assert.Equal(_tree["c/node_modules/cond/def.js"], _resolver.ResolveImport("cond", parent, new ConditionSet("browser")).Path);
    }
}
