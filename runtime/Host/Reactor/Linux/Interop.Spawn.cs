using System.Runtime.InteropServices;

namespace Aot.Runtime.Reactor.Linux;

/// <summary>
/// posix_spawn(3) and its file-action / attribute helpers (glibc), plus the few fd and file calls
/// spawning needs. The opaque glibc structs (posix_spawn_file_actions_t: 80 bytes,
/// posix_spawnattr_t: 336 bytes, sigset_t: 128 bytes on 64-bit) are passed as pointers to native
/// blocks that <see cref="Spawn"/> allocates a little larger than needed.
/// </summary>
internal static unsafe partial class Interop
{
    internal static partial class Sys
    {
        private const string LibcSpawn = "libc";

        // All posix_spawn* functions return the error number instead of setting errno.
        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn")]
        internal static partial int PosixSpawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_init")]
        internal static partial int SpawnFileActionsInit(void* actions);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_destroy")]
        internal static partial int SpawnFileActionsDestroy(void* actions);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_adddup2")]
        internal static partial int SpawnFileActionsAddDup2(void* actions, int fd, int newFd);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_addopen")]
        internal static partial int SpawnFileActionsAddOpen(void* actions, int fd, byte* path, int flags, int mode);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_addclose")]
        internal static partial int SpawnFileActionsAddClose(void* actions, int fd);

        // glibc 2.29+ (Debian 11 has 2.31).
        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawn_file_actions_addchdir_np")]
        internal static partial int SpawnFileActionsAddChdir(void* actions, byte* path);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawnattr_init")]
        internal static partial int SpawnAttrInit(void* attributes);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawnattr_destroy")]
        internal static partial int SpawnAttrDestroy(void* attributes);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawnattr_setflags")]
        internal static partial int SpawnAttrSetFlags(void* attributes, short flags);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawnattr_setsigmask")]
        internal static partial int SpawnAttrSetSigMask(void* attributes, void* sigset);

        [LibraryImport(LibcSpawn, EntryPoint = "posix_spawnattr_setsigdefault")]
        internal static partial int SpawnAttrSetSigDefault(void* attributes, void* sigset);

        [LibraryImport(LibcSpawn, EntryPoint = "sigfillset", SetLastError = true)]
        internal static partial int SigFillSet(void* set);

        [LibraryImport(LibcSpawn, EntryPoint = "fcntl", SetLastError = true)]
        internal static partial int Fcntl(int fd, int command, int argument);

        [LibraryImport(LibcSpawn, EntryPoint = "socketpair", SetLastError = true)]
        internal static partial int SocketPair(int domain, int type, int protocol, int* fds);

        [LibraryImport(LibcSpawn, EntryPoint = "access", SetLastError = true)]
        internal static partial int Access(byte* path, int mode);
    }
}
