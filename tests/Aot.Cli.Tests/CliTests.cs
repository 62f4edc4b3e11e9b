using System;
using System.IO;
using System.Text;
using Xunit;

namespace Aot.Cli.Tests;

/// <summary>The command line as users meet it: help, version, arguments, stdin, bad input.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Help_lists_the_commands_and_options()
    {
        var result = AotProcess.Run(_dir, null, "--help");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(Path.Combine(AotProcess.RepoRoot, "tests", "Aot.Cli.Tests", "Snapshots", "help.verified.txt"), result.Stdout);
    }

    [Fact]
    public void Check_help_describes_goal_selection()
    {
        var result = AotProcess.Run(_dir, null, "check", "--help");
        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(Path.Combine(AotProcess.RepoRoot, "tests", "Aot.Cli.Tests", "Snapshots", "check-help.verified.txt"), result.Stdout);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = AotProcess.Run(_dir, null, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", result.Stdout);
    }

    [Fact]
    public void Process_versions_aot_is_the_version_aot_prints()
    {
        var version = AotProcess.Run(_dir, null, "--version");
        // `aot FILE` and `aot -e` skip the command tree: process.versions.aot comes from a constant that
        // must follow the project's version (which --version reads from the assembly).
        var file = AotProcess.Run(_dir, null, Write("v.js", "console.log(process.versions.aot)\n"));
        var eval = AotProcess.Run(_dir, null, "-e", "console.log(process.versions.aot)");
        Assert.Equal(version.Stdout, file.Stdout);
        Assert.Equal(version.Stdout, eval.Stdout);
    }

    [Fact]
    public void Check_of_valid_files_prints_nothing_and_exits_0()
    {
        Write("a.js", "const a = 1;\n");
        Write("b.mjs", "export const b = await 2;\n");
        var result = AotProcess.Run(_dir, null, "check", "a.js", "b.mjs");
        Assert.Equal((0, "", ""), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Check_reports_every_bad_file_and_exits_1()
    {
        Write("good.js", "1;\n");
        Write("bad1.js", "1 +;\n");
        Write("bad2.js", "let let = 1;\n");
        var result = AotProcess.Run(_dir, null, "check", "bad1.js", "good.js", "bad2.js");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("bad1.js:1:4: SyntaxError: ", result.Stderr);
        Assert.Contains("\nbad2.js:1:5: SyntaxError: ", result.Stderr);
        Assert.DoesNotContain("good.js", result.Stderr);
    }

    [Fact]
    public void Check_follows_package_json_type()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "esm"));
        Write("esm/package.json", "{ \"type\": \"module\" }");
        Write("esm/main.js", "import x from './x.js';\nexport default x;\n");
        Write("script.js", "import x from './x.js';\n");
        Assert.Equal(0, AotProcess.Run(_dir, null, "check", "esm/main.js").ExitCode);
        Assert.Equal(1, AotProcess.Run(_dir, null, "check", "script.js").ExitCode);
        Assert.Equal(0, AotProcess.Run(_dir, null, "check", "--module", "script.js").ExitCode);
    }

    [Fact]
    public void Check_reads_standard_input_for_dash()
    {
        var good = AotProcess.Run(_dir, "let x = [1, 2];\n", "check", "-");
        Assert.Equal((0, ""), (good.ExitCode, good.Stderr));
        var bad = AotProcess.Run(_dir, "let x = [1, 2;\n", "check", "-");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("[stdin]:1:14: SyntaxError: ", bad.Stderr);
    }

    [Fact]
    public void Check_of_a_missing_file_says_so_plainly()
    {
        var result = AotProcess.Run(_dir, null, "check", "nope.js");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("aot: cannot read 'nope.js': no such file or directory\n", result.Stderr);
    }

    [Theory]
    [InlineData("(", "x")]
    [InlineData("[", "]")]
    [InlineData("{", "}")]
    [InlineData("!", "")]
    [InlineData("-", "")]
    [InlineData("function f(){", "}")]
    [InlineData("a=>", "")]
    public void Absurdly_deep_nesting_is_a_syntax_error_not_a_crash(string open, string close)
    {
        var text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) text.Append(open);
        text.Append('x');
        for (int i = 0; i < 100_000; i++) text.Append(close);
        Write("deep.js", text.ToString());
        var result = AotProcess.Run(_dir, null, "check", "deep.js");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("deep.js:1:", result.Stderr);
        Assert.Contains("SyntaxError: ", result.Stderr);
        Assert.Contains("nested", result.Stderr);
    }

    [Fact]
    public void Arguments_after_the_script_belong_to_the_script()
    {
        // `--help` and `--version` after FILE must not reach aot's own options: the script sees them.
        Write("tool.js", "console.log('tool ran', process.argv.slice(2), process.argv[1] === require_path());\n" +
            "function require_path() { return process.cwd() + '/tool.js'; }\n");
        var result = AotProcess.Run(_dir, null, "tool.js", "--help", "--version");
        Assert.Equal((0, "tool ran [ '--help', '--version' ] true\n", ""), (result.ExitCode, result.Stdout, result.Stderr));
        var eval = AotProcess.Run(_dir, null, "-e", "console.log('eval ran', process.argv.slice(1), process.execArgv[0])", "script-arg");
        Assert.Equal((0, "eval ran [ 'script-arg' ] -e\n"), (eval.ExitCode, eval.Stdout));
    }

    [Fact]
    public void Eval_and_stdin_scripts_have_commonjs_globals_as_in_node()
    {
        // node -e / node - : module, exports, require (from the current directory), __filename "[eval]" / "[stdin]", __dirname ".".
        Write("helper.js", "module.exports = 'from helper';\n");
        const string code = "console.log(require('./helper.js'), require('node:path').basename(module.filename), module.id, __filename, __dirname, exports === module.exports, typeof require.resolve, require.main)";
        var eval = AotProcess.Run(_dir, null, "-e", code);
        Assert.Equal((0, "from helper [eval] [eval] [eval] . true function undefined\n", ""), (eval.ExitCode, eval.Stdout, eval.Stderr));
        var stdin = AotProcess.Run(_dir, code, "-");
        Assert.Equal((0, "from helper [stdin] [stdin] [stdin] . true function undefined\n", ""), (stdin.ExitCode, stdin.Stdout, stdin.Stderr));
    }

    [Fact]
    public void Run_reports_syntax_errors_with_position()
    {
        Write("broken.js", "let a = ;\n");
        var result = AotProcess.Run(_dir, null, "run", "broken.js");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("broken.js:1:9: SyntaxError: ", result.Stderr);
        Assert.Contains("let a = ;\n        ^\n", result.Stderr);
    }

    [Fact]
    public void Eval_reports_syntax_errors_against_eval_source()
    {
        var result = AotProcess.Run(_dir, null, "-e", "1 +");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("[eval]:1:4: SyntaxError: ", result.Stderr);
    }

    [Fact]
    public void Running_a_script_executes_it()
    {
        Write("hello.js", "console.log('hi', 1 + 2);\nconsole.error('to stderr');\n");
        foreach (var args in new[] { new[] { "hello.js" }, new[] { "run", "hello.js" } })
        {
            var result = AotProcess.Run(_dir, null, args);
            Assert.Equal((0, "hi 3\n", "to stderr\n"), (result.ExitCode, result.Stdout, result.Stderr));
        }
        var piped = AotProcess.Run(_dir, "console.log('from stdin')", "-");
        Assert.Equal((0, "from stdin\n"), (piped.ExitCode, piped.Stdout));
    }

    [Theory]
    [InlineData("for (;;) {}")]
    [InlineData("do {} while (true)")]
    [InlineData("function f() { return f(); } for (;;) { try { f(); } catch {} }")]
    public void Timeout_stops_a_runaway_script_with_exit_code_124(string code)
    {
        var result = AotProcess.Run(_dir, null, "--timeout", "300", "-e", "console.log('started'); " + code);
        Assert.Equal((124, "started\n", "aot: script timed out after 300 ms\n"), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Timeout_also_ends_a_program_waiting_on_the_event_loop()
    {
        var result = AotProcess.Run(_dir, null, "--timeout", "200", "-e", "setTimeout(() => console.log('never'), 100000)");
        Assert.Equal((124, "", "aot: script timed out after 200 ms\n"), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Max_instructions_stops_a_runaway_script_and_leaves_a_finished_one_alone()
    {
        var stopped = AotProcess.Run(_dir, null, "--max-instructions", "100000", "-e", "let i = 0; while (true) i++;");
        Assert.Equal((124, "aot: Script exceeded its instruction budget\n"), (stopped.ExitCode, stopped.Stderr));
        var finished = AotProcess.Run(_dir, null, "--max-instructions", "100000000", "--timeout", "60000", "-e", "let n = 0; while (n < 1e5) n++; console.log(n)");
        Assert.Equal((0, "100000\n"), (finished.ExitCode, finished.Stdout));
    }

    [Fact]
    public void An_uncaught_exception_prints_its_stack_and_exits_1()
    {
        // As Node: the throw site (absolute file:line), the source line, a caret, a blank line, the stack.
        string path = Write("boom.js", "console.log('before');\nfunction f() {\n  throw new TypeError('bad');\n}\nf();\nconsole.log('after');\n");
        var result = AotProcess.Run(_dir, null, "boom.js");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("before\n", result.Stdout);
        Assert.Equal($"{path}:3\n  throw new TypeError('bad');\n  ^\n\nTypeError: bad\n    at f ({path}:3:9)\n    at Object.<anonymous> ({path}:5:1)\n", result.Stderr);
    }

    [Fact]
    public void An_es_module_entry_runs_with_its_imports()
    {
        Write("m.mjs", "import { x } from './dep.mjs';\nconsole.log(x, await Promise.resolve('tla'));\n");
        Write("dep.mjs", "export const x = 1;\n");
        var result = AotProcess.Run(_dir, null, "m.mjs");
        Assert.Equal((0, "", "1 tla\n"), (result.ExitCode, result.Stderr, result.Stdout));
    }

    [Fact]
    public void The_readme_sample_runs()
    {
        // README.md's first command: `make && bin/aot examples/hello.js`.
        var result = AotProcess.Run(AotProcess.RepoRoot, null, "examples/hello.js");
        Assert.Equal((0, ""), (result.ExitCode, result.Stderr));
        Assert.Equal("hello, world!\nhello, aot! { written: [ 'JavaScript', 'C#' ], startsIn: 'milliseconds' }\n", result.Stdout);
    }
}
