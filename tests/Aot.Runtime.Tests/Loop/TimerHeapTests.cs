using System;
using System.Collections.Generic;
using Aot.Runtime.Loop;
using Xunit;

namespace Aot.Runtime.Tests.Loop;

public sealed class TimerHeapTests
{
    private sealed class Node : ITimerNode
    {
        public int Id;
        public long Delay;
        public ulong HeapSequence { get; set; }
        public long Deadline { get; set; }
    }

    [Fact]
    public void HundredThousandTimersPopInDeadlineOrderWithTiesInInsertionOrder()
    {
        var heap = new TimerHeap<Node>();
        var random = new Random(12345);
        var nodes = new Node[100_000];
        for (int i = 0; i < nodes.Length; i++)
        {
            // Few distinct deadlines, so there are many ties to order.
            nodes[i] = new Node { Id = i, Delay = random.Next(0, 500) };
            heap.Schedule(nodes[i], TimerHeap<Node>.DeadlineAfter(1000, nodes[i].Delay));
        }

        var order = new List<Node>(nodes.Length);
        while (heap.PopDue(long.MaxValue) is Node n) order.Add(n);

        Assert.Equal(nodes.Length, order.Count);
        for (int i = 1; i < order.Count; i++)
        {
            Node a = order[i - 1], b = order[i];
            Assert.True(a.Delay < b.Delay || (a.Delay == b.Delay && a.Id < b.Id), $"out of order at {i}: ({a.Delay},{a.Id}) before ({b.Delay},{b.Id})");
        }
        Assert.Equal(0, heap.LiveCount);
    }

    [Fact]
    public void CancelledAndRescheduledTimersAreSkippedAndCompacted()
    {
        var heap = new TimerHeap<Node>();
        var nodes = new Node[10_000];
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = new Node { Id = i };
            heap.Schedule(nodes[i], i);
        }
        for (int i = 0; i < nodes.Length; i += 2) heap.Cancel(nodes[i]);          // lazy
        for (int i = 1; i < nodes.Length; i += 4) heap.Schedule(nodes[i], 50_000 + i); // re-arm later

        Assert.Equal(5_000, heap.LiveCount);
        Assert.True(heap.EntryCount <= 2 * heap.LiveCount + 64, $"stale entries not compacted: {heap.EntryCount}");

        var seen = new List<int>();
        while (heap.PopDue(long.MaxValue) is Node n) seen.Add(n.Id);
        Assert.Equal(5_000, seen.Count);
        Assert.All(seen, id => Assert.True(id % 2 == 1));
        Assert.Equal(3, seen[0]); // 1 was re-armed to 50_001
        Assert.Equal(1, seen[2_500]);
    }

    [Fact]
    public void PopDueRespectsNowAndSequenceLimit()
    {
        var heap = new TimerHeap<Node>();
        var a = new Node { Id = 1 };
        var b = new Node { Id = 2 };
        heap.Schedule(a, 10);
        ulong limit = heap.NextSequence;
        heap.Schedule(b, 5);
        Assert.Null(heap.PopDue(4));
        Assert.Null(heap.PopDue(20, limit)); // b is due but was scheduled after the limit
        Assert.True(heap.TryPeekDeadline(out long d) && d == 5);
        Assert.Same(b, heap.PopDue(20));
        Assert.Same(a, heap.PopDue(20, limit));
    }

    [Fact]
    public void DeadlinesClampInsteadOfOverflowing()
    {
        Assert.Equal(long.MaxValue, TimerHeap<Node>.DeadlineAfter(long.MaxValue - 5, 10));
        Assert.Equal(100, TimerHeap<Node>.DeadlineAfter(100, -7));
        Assert.Equal(long.MaxValue, TimerHeap<Node>.DeadlineAfter(1, long.MaxValue));
    }
}
