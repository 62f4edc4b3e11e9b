using System.Runtime.CompilerServices;
using System.Text;

namespace Aot.Engine.Compiling;

/// <summary>Human-readable bytecode (for `aot --print-bytecode` and tests), driven by <see cref="OpCodes.Table"/>.</summary>
public static class Disassembler
{
    public static string Disassemble(FunctionCode code)
    {
        var sb = new StringBuilder();
        Write(code, sb, "");
        return sb.ToString();
    }

    private static void Write(FunctionCode code, StringBuilder sb, string indent)
    {
        sb.Append(indent).Append("function ").Append(code.Name.Length == 0 ? "<anonymous>" : code.Name)
          .Append(" (params ").Append(code.ParamCount).Append(", registers ").Append(code.RegisterCount)
          .Append(", stack ").Append(code.MaxStack).Append(", flags ").Append(code.Flags).Append(")\n");
        var bytes = code.Code;
        int pc = 0;
        while (pc < bytes.Length)
        {
            var info = OpCodes.Table[bytes[pc]];
            sb.Append(indent).Append("  ").Append(pc.ToString().PadLeft(5)).Append("  ").Append(info.Name);
            int at = pc + 1;
            foreach (var kind in info.Operands)
            {
                int operand = Unsafe.ReadUnaligned<int>(ref bytes[at]);
                at += 4;
                sb.Append(' ').Append(kind switch
                {
                    OperandKind.Register => "r" + operand,
                    OperandKind.Constant => "k" + operand + "(" + code.Constants[operand] + ")",
                    OperandKind.Name => "'" + code.Names[operand] + "'",
                    OperandKind.Target => "@" + operand,
                    OperandKind.Function => "f" + operand,
                    OperandKind.Capture => "c" + operand + (operand < code.Captures.Length ? "(" + code.Captures[operand].Name + ")" : ""),
                    OperandKind.Cache => "ic" + operand,
                    _ => operand.ToString(),
                });
            }
            sb.Append('\n');
            pc += info.Size;
        }
        foreach (var h in code.Handlers)
            sb.Append(indent).Append("  handler [").Append(h.Start).Append(", ").Append(h.End).Append(") -> @").Append(h.Handler).Append('\n');
        foreach (var f in code.Functions) Write(f, sb, indent + "  ");
    }
}
