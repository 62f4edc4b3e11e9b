using System;
using Aot.Runtime.Node;
using Xunit;

namespace Aot.Runtime.Tests.Node;

/// <summary>node:path against node's own answers (each expected value was printed by node 20 for the same expression).</summary>
public class PathModuleTests
{
    private static string Run(string expression) => new ModuleRealm().With("path", PathModule.CreateExports).Json(expression);

    [Theory]
    [InlineData("path.join('/foo', 'bar', 'baz/asdf', 'quux', '..')", "\"/foo/bar/baz/asdf\"")]
    [InlineData("path.join('foo', {}, 'bar')", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received an instance of Object")]
    [InlineData("path.join()", "\".\"")]
    [InlineData("path.join('', '')", "\".\"")]
    [InlineData("path.join('a/', '/b', './c/', '../d')", "\"a/b/d\"")]
    [InlineData("path.join('..', '..', 'x')", "\"../../x\"")]
    [InlineData("path.join('./', '.')", "\".\"")]
    [InlineData("path.normalize('/foo/bar//baz/asdf/quux/..')", "\"/foo/bar/baz/asdf\"")]
    [InlineData("path.normalize('')", "\".\"")]
    [InlineData("path.normalize('./')", "\"./\"")]
    [InlineData("path.normalize('a/..')", "\".\"")]
    [InlineData("path.normalize('../a/../../b/')", "\"../../b/\"")]
    [InlineData("path.normalize('//a//b//')", "\"/a/b/\"")]
    [InlineData("path.normalize('/..')", "\"/\"")]
    [InlineData("path.normalize('a/b/../../../c')", "\"../c\"")]
    [InlineData("path.normalize('./fixtures///b/../b/c.js')", "\"fixtures/b/c.js\"")]
    [InlineData("path.resolve('/foo/bar', './baz')", "\"/foo/bar/baz\"")]
    [InlineData("path.resolve('/foo/bar', '/tmp/file/')", "\"/tmp/file\"")]
    [InlineData("path.resolve('/', '..', 'a', '', 'b/')", "\"/a/b\"")]
    [InlineData("path.resolve('/a', 'b', 1)", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"paths[2]\" argument must be of type string. Received type number (1)")]
    [InlineData("path.dirname('/foo/bar/baz/asdf/quux')", "\"/foo/bar/baz/asdf\"")]
    [InlineData("path.dirname('/a')", "\"/\"")]
    [InlineData("path.dirname('//a')", "\"//\"")]
    [InlineData("path.dirname('a')", "\".\"")]
    [InlineData("path.dirname('')", "\".\"")]
    [InlineData("path.dirname('/a/b/')", "\"/a\"")]
    [InlineData("path.dirname('////')", "\"/\"")]
    [InlineData("path.basename('/foo/bar/baz/asdf/quux.html')", "\"quux.html\"")]
    [InlineData("path.basename('/foo/bar/baz/asdf/quux.html', '.html')", "\"quux\"")]
    [InlineData("path.basename('/aaa/bbb', 'bbb')", "\"bbb\"")]
    [InlineData("path.basename('/aaa/bbb', 'a/bbb')", "\"bbb\"")]
    [InlineData("path.basename('aaa/bbb', 'bb')", "\"b\"")]
    [InlineData("path.basename('/a/b/')", "\"b\"")]
    [InlineData("path.basename('file.js', '.ts')", "\"file.js\"")]
    [InlineData("path.basename('//')", "\"\"")]
    [InlineData("path.basename('a.js', 'a.js')", "\"\"")]
    [InlineData("path.basename(1)", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received type number (1)")]
    [InlineData("path.basename('x', 2)", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"suffix\" argument must be of type string. Received type number (2)")]
    [InlineData("path.extname('index.html')", "\".html\"")]
    [InlineData("path.extname('index.coffee.md')", "\".md\"")]
    [InlineData("path.extname('index.')", "\".\"")]
    [InlineData("path.extname('index')", "\"\"")]
    [InlineData("path.extname('.index')", "\"\"")]
    [InlineData("path.extname('.index.md')", "\".md\"")]
    [InlineData("path.extname('..')", "\"\"")]
    [InlineData("path.extname('a/..')", "\"\"")]
    [InlineData("path.extname('file.')", "\".\"")]
    [InlineData("path.extname('/a.b/c')", "\"\"")]
    [InlineData("path.extname('x.js/')", "\".js\"")]
    [InlineData("path.extname('...')", "\".\"")]
    [InlineData("path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')", "\"../../impl/bbb\"")]
    [InlineData("path.relative('/foo/bar', '/foo/bar/baz')", "\"baz\"")]
    [InlineData("path.relative('/foo/bar/baz', '/foo/bar')", "\"..\"")]
    [InlineData("path.relative('/', '/foo')", "\"foo\"")]
    [InlineData("path.relative('/foo', '/')", "\"..\"")]
    [InlineData("path.relative('/foo/bar', '/foo/bar')", "\"\"")]
    [InlineData("path.relative('/foo/barx', '/foo/bar')", "\"../bar\"")]
    [InlineData("path.relative('/a/b', '/c/d')", "\"../../c/d\"")]
    [InlineData("path.isAbsolute('/foo/bar')", "true")]
    [InlineData("path.isAbsolute('qux/')", "false")]
    [InlineData("path.isAbsolute('')", "false")]
    [InlineData("path.parse('/home/user/dir/file.txt')", "{\"root\":\"/\",\"dir\":\"/home/user/dir\",\"base\":\"file.txt\",\"ext\":\".txt\",\"name\":\"file\"}")]
    [InlineData("path.parse('./a.b.c')", "{\"root\":\"\",\"dir\":\".\",\"base\":\"a.b.c\",\"ext\":\".c\",\"name\":\"a.b\"}")]
    [InlineData("path.parse('/')", "{\"root\":\"/\",\"dir\":\"/\",\"base\":\"\",\"ext\":\"\",\"name\":\"\"}")]
    [InlineData("path.parse('')", "{\"root\":\"\",\"dir\":\"\",\"base\":\"\",\"ext\":\"\",\"name\":\"\"}")]
    [InlineData("path.parse('//x')", "{\"root\":\"/\",\"dir\":\"/\",\"base\":\"x\",\"ext\":\"\",\"name\":\"x\"}")]
    [InlineData("path.parse('.bashrc')", "{\"root\":\"\",\"dir\":\"\",\"base\":\".bashrc\",\"ext\":\"\",\"name\":\".bashrc\"}")]
    [InlineData("path.parse('/a/b/')", "{\"root\":\"/\",\"dir\":\"/a\",\"base\":\"b\",\"ext\":\"\",\"name\":\"b\"}")]
    [InlineData("path.parse('..')", "{\"root\":\"\",\"dir\":\"\",\"base\":\"..\",\"ext\":\"\",\"name\":\"..\"}")]
    [InlineData("path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' })", "\"/home/user/dir/file.txt\"")]
    [InlineData("path.format({ root: '/', base: 'file.txt', ext: 'ignored' })", "\"/file.txt\"")]
    [InlineData("path.format({ root: '/', name: 'file', ext: '.txt' })", "\"/file.txt\"")]
    [InlineData("path.format({ name: 'file', ext: 'txt' })", "\"file.txt\"")]
    [InlineData("path.format({ dir: 'a', name: 'b' })", "\"a/b\"")]
    [InlineData("path.format({})", "\"\"")]
    [InlineData("path.format('x')", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"pathObject\" argument must be of type object. Received type string ('x')")]
    [InlineData("[path.sep, path.delimiter, path.posix === path, path.toNamespacedPath('a/b')]", "[\"/\",\":\",true,\"a/b\"]")]
    [InlineData("path.normalize(null)", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"path\" argument must be of type string. Received null")]
    [InlineData("path.relative('a', 3)", "throws TypeError [ERR_INVALID_ARG_TYPE]: The \"to\" argument must be of type string. Received type number (3)")]
    public void MatchesNode(string expression, string expected) => Assert.Equal(expected, Run(expression));

    [Fact]
    public void ResolveStartsFromTheWorkingDirectory()
    {
        string cwd = Environment.CurrentDirectory;
        Assert.Equal("\"" + cwd + "/a/b\"", Run("path.resolve('a', './b/')"));
        Assert.Equal("\"" + cwd + "\"", Run("path.resolve()"));
        Assert.Equal("\"" + PathModule.Relative("/", cwd) + "\"", Run("path.relative('/', '.')"));
    }
}
