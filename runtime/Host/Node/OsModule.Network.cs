using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>os.networkInterfaces from getifaddrs(3), as libuv's uv_interface_addresses reads it:
/// interfaces up and running, IPv4/IPv6 addresses, the MAC from the AF_PACKET entry of the same name.</summary>
public static unsafe partial class OsModule
{
    [LibraryImport("libc", EntryPoint = "getifaddrs", SetLastError = true)]
    private static partial int GetIfAddrs(nint* list);

    [LibraryImport("libc", EntryPoint = "freeifaddrs")]
    private static partial void FreeIfAddrs(nint list);

    private const int AF_INET = 2, AF_INET6 = 10, AF_PACKET = 17;
    private const uint IFF_UP = 0x1, IFF_LOOPBACK = 0x8, IFF_RUNNING = 0x40;

    // struct ifaddrs on 64-bit Linux: next(0) name(8) flags(16) addr(24) netmask(32).
    private static byte* Next(byte* ifa) => *(byte**)ifa;
    private static string Name(byte* ifa) => Marshal.PtrToStringUTF8((nint)(*(byte**)(ifa + 8))) ?? "";
    private static uint Flags(byte* ifa) => *(uint*)(ifa + 16);
    private static byte* Addr(byte* ifa) => *(byte**)(ifa + 24);
    private static byte* Netmask(byte* ifa) => *(byte**)(ifa + 32);

    private static JsObject NetworkInterfaces(Realm realm)
    {
        var result = realm.CreateObject();
        nint list;
        if (GetIfAddrs(&list) != 0) return result;
        try
        {
            var macs = new Dictionary<string, string>();
            for (byte* ifa = (byte*)list; ifa != null; ifa = Next(ifa))
            {
                byte* addr = Addr(ifa);
                if (addr == null || *(ushort*)addr != AF_PACKET) continue;
                var mac = new StringBuilder();
                for (int i = 0; i < 6; i++) mac.Append(i == 0 ? "" : ":").Append(addr[12 + i].ToString("x2", CultureInfo.InvariantCulture));
                macs[Name(ifa)] = mac.ToString();
            }
            for (byte* ifa = (byte*)list; ifa != null; ifa = Next(ifa))
            {
                uint flags = Flags(ifa);
                byte* addr = Addr(ifa);
                if ((flags & (IFF_UP | IFF_RUNNING)) != (IFF_UP | IFF_RUNNING) || addr == null) continue;
                int family = *(ushort*)addr;
                if (family != AF_INET && family != AF_INET6) continue;
                string name = Name(ifa);
                byte* mask = Netmask(ifa);
                var entry = realm.CreateObject();
                int length = family == AF_INET ? 4 : 16;
                int offset = family == AF_INET ? 4 : 8;
                var address = new IPAddress(new ReadOnlySpan<byte>(addr + offset, length));
                var netmaskBytes = mask != null ? new ReadOnlySpan<byte>(mask + offset, length).ToArray() : new byte[length];
                int prefix = 0;
                foreach (byte b in netmaskBytes) prefix += BitOperations.PopCount(b);
                entry.AddProperty("address", address.ToString(), PropertyFlags.Default);
                entry.AddProperty("netmask", new IPAddress(netmaskBytes).ToString(), PropertyFlags.Default);
                entry.AddProperty("family", family == AF_INET ? "IPv4" : "IPv6", PropertyFlags.Default);
                entry.AddProperty("mac", macs.TryGetValue(name, out var m) ? m : "00:00:00:00:00:00", PropertyFlags.Default);
                entry.AddProperty("internal", (flags & IFF_LOOPBACK) != 0, PropertyFlags.Default);
                entry.AddProperty("cidr", address + "/" + prefix, PropertyFlags.Default);
                if (family == AF_INET6) entry.AddProperty("scopeid", *(uint*)(addr + 24), PropertyFlags.Default);
                var existing = result.Get(name);
                JsArray array;
                if (existing.Ref is JsArray a && existing.IsObject) array = a;
                else
                {
                    array = realm.CreateArray();
                    result.SetOwnDirect(name, array, PropertyFlags.Default);
                }
                array.TryAppendDense(entry);
            }
        }
        finally { FreeIfAddrs(list); }
        return result;
    }
}
