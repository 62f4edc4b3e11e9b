namespace Aot.Runtime.Loop;

/// <summary>
/// One job for the <see cref="WorkerPool"/>, passed by value so queueing allocates nothing.
/// <see cref="Work"/> runs on a worker thread and returns an int result (the -errno convention
/// for syscalls); <see cref="Done"/>(State, result) then runs on the loop thread. The raw
/// arguments let the reactor run pread/pwrite without a state object.
/// </summary>
public unsafe struct WorkItem
{
    public delegate*<ref WorkItem, int> Work;
    public delegate*<object?, int, void> Done;
    public object? State;
    public nint Arg0;
    public nint Arg1;
    public long Arg2;
    public int Arg3;
    /// <summary>Set when the job is a reactor operation: its result completes that operation.</summary>
    internal ulong OperationToken;
}
