namespace Aot.Runtime.Tests.Modules;

/// <summary>
/// The tree every Node-verified test uses. Each expectation in EsmResolutionTests and
/// CommonJsResolutionTests was produced by Node v20.20.2 on this same layout (see the comments there).
/// </summary>
internal static class NodeFixture
{
    public static FixtureTree Create()
    {
        var tree = new FixtureTree();
        tree.File("app/package.json", """
            {"name":"app","type":"module",
             "imports":{"#int":"./src/x.js","#dep":"pkg","#bad":"../x.js","#miss":"./src/missing.js","#fs":"fs","#star/*":"./src/*.js"},
             "exports":{".":"./src/x.js","./sub":"./src/dir/index.js"}}
            """)
            .File("app/src/x.js", "export default 1")
            .File("app/src/dir/index.js", "export default 2")
            .File("app/src/main.js", "export {}")
            .File("app/node_modules/pkg/package.json", """
                {"name":"pkg","exports":{".":{"import":"./dist/i.mjs","require":"./dist/r.cjs"},
                 "./feat/*":"./dist/f/*.js","./feat/*.js":"./dist/f/*.js","./missing":"./dist/nope.js",
                 "./bad":"../x.js","./nm":"./node_modules/x.js","./int/*":"./dist/*","./null":null}}
                """)
            .File("app/node_modules/pkg/dist/i.mjs", "export default 1")
            .File("app/node_modules/pkg/dist/r.cjs", "module.exports = 1")
            .File("app/node_modules/pkg/dist/f/a.js")
            .File("app/node_modules/nomain/package.json", """{"name":"nomain"}""")
            .File("app/node_modules/nomain/index.js")
            .File("app/node_modules/badmain/package.json", """{"name":"badmain","main":"./lib/nope.js"}""")
            .File("app/node_modules/badmain2/package.json", """{"main":"nope.js"}""")
            .File("app/node_modules/badmain2/index.js")
            .File("app/node_modules/empty/package.json", """{"name":"empty"}""")
            .File("app/node_modules/mainidx/package.json", """{"main":"lib"}""")
            .File("app/node_modules/mainidx/lib/index.js")
            .File("app/node_modules/@sc/p/package.json", """{"name":"@sc/p","main":"m.js"}""")
            .File("app/node_modules/@sc/p/m.js")
            .File("app/node_modules/badjson/package.json", "{bad json")
            .File("app/node_modules/numkeys/package.json", """{"exports":{"0":"./x.js"}}""")
            .File("app/node_modules/mixed/package.json", """{"exports":{".":"./x.js","import":"./y.js"}}""");
        return tree;
    }
}
