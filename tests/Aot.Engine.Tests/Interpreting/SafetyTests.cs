using System;
using Aot.Engine.Compiling;
using Aot.Engine.Objects;
using Xunit;

namespace Aot.Engine.Tests.Interpreting;

/// <summary>The VM never dies of a .NET stack overflow, unwinds without .NET exceptions per frame, and stops on request.</summary>
public sealed class SafetyTests
{
    [Fact]
    public void Unbounded_recursion_is_a_catchable_RangeError()
        => Assert.Equal("RangeError Maximum call stack size exceeded",
            Js.Eval("function f() { return f(); } let r; try { f(); } catch (e) { r = e.constructor.name + ' ' + e.message; } r"));

    [Fact]
    public void Recursion_through_getters_and_native_calls_is_a_RangeError_too()
    {
        Assert.Equal("RangeError", Js.Eval("const o = { get x() { return this.x; } }; let r; try { o.x; } catch (e) { r = e.name; } r"));
        Assert.Equal("RangeError", Js.Eval("function f() { return [1].map(f); } let r; try { f(); } catch (e) { r = e.name; } r"));
        Assert.Equal("RangeError", Js.Eval("const o = { toString() { return '' + this; } }; let r; try { '' + o; } catch (e) { r = e.name; } r"));
    }

    [Fact]
    public void A_throw_unwinds_through_ten_thousand_frames()
        => Assert.Equal("deep 10000", Js.Eval("function d(n) { if (n === 0) throw new Error('deep'); return d(n - 1) + 1; } let r; try { d(10000); } catch (e) { r = e.message + ' 10000'; } r"));

    [Fact]
    public void Deep_recursion_below_the_limit_returns_normally()
        => Assert.Equal("15000", Js.Eval("function d(n) { return n === 0 ? 0 : d(n - 1) + 1; } d(15000)"));

    [Fact]
    public void The_interrupt_flag_stops_an_endless_loop()
    {
        var js = new Js();
        js.Vm.InstructionBudget = 1_000_000;
        Assert.Throws<ScriptTerminatedException>(() => js.Run("while (true) {}"));
        js.Vm.InstructionBudget = long.MaxValue;
        Assert.Equal("ok", Operations.ToString(js.Run("'ok'")));
    }

    [Fact]
    public void Error_stack_names_file_line_and_column_of_each_frame()
    {
        var js = new Js();
        var stack = Operations.ToString(js.Run("function inner() {\n  return new Error('x');\n}\nfunction outer() { return inner(); }\nouter().stack"));
        Assert.Equal("Error: x\n    at inner (test.js:2:10)\n    at outer (test.js:4:27)\n    at test.js:5:1", stack);
    }

    [Fact]
    public void Every_opcode_has_a_table_entry_in_order()
    {
        var ops = Enum.GetValues<Op>();
        Assert.Equal(ops.Length, OpCodes.Table.Length);
        for (int i = 0; i < ops.Length; i++) Assert.Equal(ops[i], OpCodes.Table[i].Op);
    }

    [Fact]
    public void Disassembler_prints_every_instruction()
    {
        var code = Aot.Engine.Interpreting.Vm.Compile("let a = 1; function f(x) { return x + a; } f(2);", "d.js");
        string text = Disassembler.Disassemble(code);
        Assert.True(text.Contains("MakeClosure f0"), text);
        Assert.True(text.Contains("function f (params 1"), text);
        Assert.True(text.Contains("LoadCaptureChecked c0(a)"), text);
    }

    [Fact]
    public void Unsupported_syntax_is_a_SyntaxError_naming_the_feature()
        => Assert.Equal("SyntaxError: delete of an optional chain is not supported yet (1:8)", Js.Throws("delete a?.b"));
}
