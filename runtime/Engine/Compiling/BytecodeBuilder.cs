using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Aot.Engine.Compiling;

/// <summary>
/// Appends instructions, tracks the operand-stack depth from <see cref="OpCodes.Table"/> (so every
/// frame's size is known statically), resolves labels, and records source positions.
/// </summary>
public sealed class BytecodeBuilder
{
    private byte[] code = new byte[256];
    private readonly List<int> labelPcs = new();
    private readonly List<int> labelDepths = new();
    private readonly List<(int OperandAt, int Label)> fixups = new();
    private readonly List<int> positions = new();
    private int lastLine = -1, lastColumn = -1;

    public int Length { get; private set; }
    public int Depth { get; private set; }
    public int MaxDepth { get; private set; }
    private bool reachable = true;

    public int NewLabel()
    {
        labelPcs.Add(-1);
        labelDepths.Add(-1);
        return labelPcs.Count - 1;
    }

    public void Mark(int label)
    {
        labelPcs[label] = Length;
        if (!reachable && labelDepths[label] >= 0) Depth = labelDepths[label];
        else if (labelDepths[label] < 0) labelDepths[label] = Depth;
        reachable = true;
    }

    /// <summary>Start of an exception handler: the stack holds just the exception.</summary>
    public void MarkHandler(int label)
    {
        labelPcs[label] = Length;
        Depth = 1;
        if (MaxDepth < 1) MaxDepth = 1;
        reachable = true;
    }

    public int LabelPc(int label) => labelPcs[label];

    public void Position(int line, int column)
    {
        if (line == lastLine && column == lastColumn) return;
        lastLine = line; lastColumn = column;
        int n = positions.Count;
        if (n >= 3 && positions[n - 3] == Length) { positions[n - 2] = line; positions[n - 1] = column + 1; return; }
        positions.Add(Length); positions.Add(line); positions.Add(column + 1);
    }

    public void Emit(Op op) => Write(op, 0, 0, 0);
    public void Emit(Op op, int a) => Write(op, 1, a, 0);
    public void Emit(Op op, int a, int b) => Write(op, 2, a, b);

    public void EmitJump(Op op, int label)
    {
        Write(op, 1, 0, 0);
        fixups.Add((Length - 4, label));
        if (labelDepths[label] < 0) labelDepths[label] = Depth;
        if (op == Op.Jump) reachable = false;
    }

    public void EmitJump(Op op, int register, int label, bool keepsValue = false)
    {
        Write(op, 2, register, 0);
        fixups.Add((Length - 4, label));
        // IteratorNext/ForInNext jump when done without pushing; YieldStarCall jumps keeping its value.
        if (labelDepths[label] < 0) labelDepths[label] = keepsValue ? Depth : Depth - 1;
    }

    /// <summary>A one-operand jump whose target sees the stack without the value the instruction pushes
    /// when it falls through (IteratorResultValue).</summary>
    public void EmitJumpPopped(Op op, int label)
    {
        Write(op, 1, 0, 0);
        fixups.Add((Length - 4, label));
        if (labelDepths[label] < 0) labelDepths[label] = Depth - 1;
    }

    private void Write(Op op, int count, int a, int b)
    {
        var info = OpCodes.Table[(int)op];
        if (info.Operands.Length != count) throw new InvalidOperationException($"{info.Name} takes {info.Operands.Length} operands");
        int countOperand = op == Op.CreateClass ? b : a;
        var (pop, push) = OpCodes.StackEffect(op, countOperand);
        Depth -= pop;
        if (Depth < 0) throw new InvalidOperationException($"stack underflow at {info.Name} (pc {Length})");
        Depth += push;
        if (Depth > MaxDepth) MaxDepth = Depth;
        Ensure(1 + 4 * count);
        code[Length++] = (byte)op;
        if (count > 0) { Unsafe.WriteUnaligned(ref code[Length], a); Length += 4; }
        if (count > 1) { Unsafe.WriteUnaligned(ref code[Length], b); Length += 4; }
        if (op is Op.Return or Op.ReturnUndefined or Op.Throw or Op.AsyncFail or Op.YieldStarNoThrow) reachable = false;
    }

    private void Ensure(int extra)
    {
        if (Length + extra > code.Length) Array.Resize(ref code, Math.Max(code.Length * 2, Length + extra));
    }

    public byte[] ToCode()
    {
        foreach (var (at, label) in fixups)
        {
            int pc = labelPcs[label];
            if (pc < 0) throw new InvalidOperationException("unmarked label " + label);
            Unsafe.WriteUnaligned(ref code[at], pc);
        }
        return code.AsSpan(0, Length).ToArray();
    }

    public int[] ToPositions() => positions.ToArray();
}
