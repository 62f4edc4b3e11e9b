using System;
using System.Text;

namespace Aot.Runtime.Modules.Resolution;

/// <summary>
/// POSIX path arithmetic on strings (Node's path.posix.resolve / dirname), without touching the
/// file system. Resolution works on absolute, '/'-separated paths only.
/// </summary>
internal static class PathText
{
    /// <summary>The parent directory ("/a/b" → "/a", "/a" → "/"), or null for "/".</summary>
    public static string? Parent(string path)
    {
        int end = path.Length;
        while (end > 1 && path[end - 1] == '/') end--;
        if (end <= 1) return null;
        int slash = path.LastIndexOf('/', end - 1);
        if (slash < 0) return null;
        return slash == 0 ? "/" : path.Substring(0, slash);
    }

    /// <summary>
    /// The directory a parent module's relative requests start from: the directory itself when
    /// <paramref name="parentPath"/> ends with '/', else its dirname.
    /// </summary>
    public static string DirectoryOf(string parentPath)
    {
        if (parentPath.Length > 1 && parentPath[^1] == '/') return parentPath.TrimEnd('/') is { Length: > 0 } d ? d : "/";
        return Parent(parentPath) ?? "/";
    }

    /// <summary>"/a" + "b" → "/a/b"; "/" + "b" → "/b".</summary>
    public static string Join(string directory, string name) =>
        directory.Length > 0 && directory[^1] == '/' ? directory + name : directory + "/" + name;

    /// <summary>path.posix.resolve(directory, request): absolute, normalised, no trailing '/'.</summary>
    public static string Resolve(string directory, string request) =>
        Normalize(request.Length > 0 && request[0] == '/' ? request : Join(directory, request));

    /// <summary>Removes ".", "..", empty segments and the trailing '/' of an absolute path.</summary>
    public static string Normalize(string path)
    {
        if (IsNormalized(path)) return path;
        var segments = path.Split('/');
        var builder = new StringBuilder(path.Length);
        var kept = new int[segments.Length];
        int count = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (count > 0) count--;
                continue;
            }
            kept[count++] = i;
        }
        if (count == 0) return "/";
        for (int i = 0; i < count; i++) builder.Append('/').Append(segments[kept[i]]);
        return builder.ToString();
    }

    /// <summary>Whether the last segment of <paramref name="path"/> is exactly <paramref name="segment"/>.</summary>
    public static bool EndsWithSegment(string path, string segment) =>
        path.EndsWith(segment, StringComparison.Ordinal)
        && path.Length > segment.Length
        && path[path.Length - segment.Length - 1] == '/';

    private static bool IsNormalized(string path)
    {
        if (path.Length == 0 || path[0] != '/') return false;
        if (path.Length == 1) return true;
        if (path[^1] == '/') return false;
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] != '/') continue;
            // A segment starting here: reject "", ".", "..".
            int next = i + 1;
            if (next >= path.Length || path[next] == '/') return false;
            if (path[next] == '.')
            {
                if (next + 1 >= path.Length || path[next + 1] == '/') return false;
                if (path[next + 1] == '.' && (next + 2 >= path.Length || path[next + 2] == '/')) return false;
            }
        }
        return true;
    }
}
