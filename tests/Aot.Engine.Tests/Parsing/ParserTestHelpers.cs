using Aot.Engine.Parsing;
using Xunit;

namespace Aot.Engine.Tests.Parsing;

internal static class P
{
    public static Engine.Parsing.Ast.Program Script(string src, bool strict = false)
        => Parser.ParseScript(src, new ParseOptions { Strict = strict });

    public static Engine.Parsing.Ast.Program Module(string src) => Parser.ParseModule(src);

    public static SyntaxError ScriptError(string src, bool strict = false)
        => Assert.Throws<SyntaxError>(() => Parser.ParseScript(src, new ParseOptions { Strict = strict }));

    public static SyntaxError ModuleError(string src) => Assert.Throws<SyntaxError>(() => Parser.ParseModule(src));
}
