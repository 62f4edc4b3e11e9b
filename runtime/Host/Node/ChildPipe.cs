using System;
using System.Collections.Generic;
using Aot.Engine.Objects;
using Aot.Runtime.Loop;
using Aot.Runtime.Reactor;
using Aot.Runtime.Reactor.Linux;
using Aot.Runtime.Running;

namespace Aot.Runtime.Node;

/// <summary>
/// The parent's end of one child stdio pipe, driven by the reactor (the binding under the
/// ChildProcess streams of Scripts/child_process.js). Reads run continuously once started, each
/// chunk delivered to JS as a Buffer; writes are queued and completed in order (short writes are
/// continued). A pending read or write keeps the loop alive unless the pipe is unref'd, like
/// libuv's stream handles. JS sees an object with readStart/write/end/close/ref/unref.
/// </summary>
internal sealed unsafe class ChildPipe
{
    private const int ReadSize = 65536;

    private readonly NodeHost host;
    private readonly EventLoop loop;
    private int fd;
    private byte[]? readBuffer;
    private JsValue onRead = JsValue.Undefined;
    private Operation readOperation;
    private bool reading, refed = true, ending;
    private JsValue onEnd = JsValue.Undefined;
    private List<(JsValue Chunk, JsValue Status)>? early = new();

    private sealed class PendingWrite(byte[] data, JsValue callback)
    {
        public readonly byte[] Data = data;
        public int Offset;
        public readonly JsValue Callback = callback;
    }

    private readonly Queue<PendingWrite> writes = new();
    private Operation writeOperation;
    private bool writing;

    private ChildPipe(NodeHost host, int fd)
    {
        this.host = host;
        loop = host.Loop;
        this.fd = fd;
    }

    private OperationFlags Flags => refed ? OperationFlags.None : OperationFlags.Unref;

    /// <summary>The JS object for the pipe. A read end starts reading at once (before the caller
    /// starts watching the child's exit), so output already written is delivered before 'exit', as
    /// with Node; chunks wait here until JS calls readStart.</summary>
    public static JsObject Create(NodeHost host, int fd, bool readable)
    {
        var pipe = new ChildPipe(host, fd);
        if (readable) pipe.StartRead();
        var realm = host.Realm;
        var o = realm.CreateObject();
        NodeObjects.Value(o, "fd", fd);
        NodeObjects.Method(realm, o, "readStart", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            pipe.onRead = NodeObjects.Arg(a, 0);
            if (pipe.early != null)
            {
                var early = pipe.early;
                pipe.early = null;
                foreach (var (chunk, status) in early) pipe.Call(pipe.onRead, chunk, status);
            }
            pipe.StartRead();
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, o, "write", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            byte[] bytes = BufferModule.BytesOf(r, NodeObjects.Arg(a, 0), NodeObjects.Arg(a, 1));
            return pipe.Write(bytes, NodeObjects.Arg(a, 2));
        });
        NodeObjects.Method(realm, o, "end", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            pipe.End(NodeObjects.Arg(a, 0));
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, o, "close", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            pipe.CloseNow();
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, o, "ref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            pipe.SetRef(true);
            return JsValue.Undefined;
        });
        NodeObjects.Method(realm, o, "unref", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            pipe.SetRef(false);
            return JsValue.Undefined;
        });
        return o;
    }

    private void StartRead()
    {
        if (reading || fd < 0) return;
        reading = true;
        readBuffer ??= GC.AllocateArray<byte>(ReadSize, pinned: true);
        fixed (byte* p = readBuffer) // pinned: the address stays valid after the block
            readOperation = loop.Reactor.Read(fd, p, ReadSize, -1, &OnRead, this, Flags);
    }

    private static void OnRead(object? state, int result)
    {
        var self = (ChildPipe)state!;
        self.reading = false;
        self.readOperation = default;
        if (result == -Errno.ECANCELED || self.fd < 0) return;
        if (result == -Errno.EAGAIN || result == -Errno.EINTR) { self.StartRead(); return; }
        var realm = self.host.Realm;
        JsValue chunk = JsValue.Null, status = JsValue.FromNumber(result > 0 ? 0 : result);
        if (result > 0) chunk = BufferModule.FromBytes(realm, self.readBuffer.AsSpan(0, result));
        else if (result == 0 || result == -Errno.EIO) status = JsValue.FromNumber(0); // EOF (EIO: a pty's hangup)
        // Keep reading before JS runs, so data keeps flowing while callbacks work.
        if (result > 0) self.StartRead();
        if (self.early != null) self.early.Add((chunk, status));
        else self.Call(self.onRead, chunk, status);
    }

    private JsValue Write(byte[] bytes, JsValue callback)
    {
        if (fd < 0 || ending)
        {
            if (callback.IsCallable) host.QueueTick(callback, [JsValue.FromNumber(-Errno.EPIPE)]);
            return false;
        }
        // Our stdout/stderr are buffered while Node writes pipes synchronously: what was printed
        // before a message or input reaches the other process must already be out.
        host.Stdout.Flush();
        host.Stderr.Flush();
        var data = GC.AllocateArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(data, 0);
        writes.Enqueue(new PendingWrite(data, callback));
        if (!writing) StartWrite();
        return true;
    }

    private void StartWrite()
    {
        if (writes.Count == 0)
        {
            writing = false;
            if (ending) FinishEnd();
            return;
        }
        PendingWrite head = writes.Peek();
        if (head.Data.Length == 0) { writes.Dequeue(); Call(head.Callback, JsValue.FromNumber(0)); StartWrite(); return; }
        writing = true;
        fixed (byte* p = head.Data)
            // Writes always keep the loop alive (a message sent just before the end must go out).
            writeOperation = loop.Reactor.Write(fd, p + head.Offset, head.Data.Length - head.Offset, -1, &OnWrite, this);
    }

    private static void OnWrite(object? state, int result)
    {
        var self = (ChildPipe)state!;
        self.writing = false;
        self.writeOperation = default;
        if (self.writes.Count == 0) return;
        if (result == -Errno.EAGAIN || result == -Errno.EINTR) { self.StartWrite(); return; }
        PendingWrite head = self.writes.Peek();
        if (result < 0)
        {
            // The rest fails with the same error (EPIPE when the child closed its stdin).
            var failed = self.writes.ToArray();
            self.writes.Clear();
            foreach (var w in failed) self.Call(w.Callback, JsValue.FromNumber(result == -Errno.ECANCELED ? -Errno.EPIPE : result));
            if (self.ending) self.FinishEnd();
            return;
        }
        head.Offset += result;
        if (head.Offset < head.Data.Length) { self.StartWrite(); return; }
        self.writes.Dequeue();
        self.StartWrite();
        self.Call(head.Callback, JsValue.FromNumber(0));
    }

    /// <summary>Closes the pipe once the queued writes are done (end of the child's stdin).</summary>
    private void End(JsValue callback)
    {
        if (ending || fd < 0) return;
        ending = true;
        onEnd = callback;
        if (!writing && writes.Count == 0) FinishEnd();
    }

    private void FinishEnd()
    {
        CloseNow();
        var callback = onEnd;
        onEnd = JsValue.Undefined;
        if (callback.IsCallable) host.QueueTick(callback, []);
    }

    private void CloseNow()
    {
        if (fd < 0) return;
        int closing = fd;
        fd = -1;
        // Closing cancels a pending read or write (each completes with ECANCELED, ignored above).
        loop.Reactor.Close(closing, &Ignore, null, OperationFlags.Unref);
    }

    private void SetRef(bool value)
    {
        if (refed == value) return;
        refed = value;
        if (reading) loop.Reactor.SetRef(readOperation, value);
    }

    private void Call(in JsValue callback, params JsValue[] args)
    {
        if (!callback.IsCallable) return;
        try
        {
            Operations.Call(callback, JsValue.Undefined, args);
        }
        catch (JsException e)
        {
            host.HandleUncaught(e.GetValue(host.Realm), fromPromise: false);
        }
    }

    private static void Ignore(object? state, int result) { }
}
