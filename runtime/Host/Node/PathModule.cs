using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:path`, the POSIX flavour (Node's lib/path.js `posix` object, same algorithms and edge cases).
/// `path.posix` is the object itself; `path.win32` is, for now, also the POSIX object (Windows path
/// rules are not implemented: this runtime targets Linux).
/// </summary>
public static class PathModule
{
    private const char Slash = '/';

    public static JsObject CreateExports(Realm realm)
    {
        var path = realm.CreateObject();
        NodeObjects.Method(realm, path, "resolve", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var parts = new string[args.Length];
            for (int i = 0; i < args.Length; i++) parts[i] = NodeErrors.ValidateString(r, args[i], "paths[" + i + "]");
            return Resolve(parts);
        });
        NodeObjects.Method(realm, path, "normalize", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Normalize(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path")));
        NodeObjects.Method(realm, path, "isAbsolute", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => IsAbsolute(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path")));
        NodeObjects.Method(realm, path, "join", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var parts = new string[args.Length];
            for (int i = 0; i < args.Length; i++) parts[i] = NodeErrors.ValidateString(r, args[i], "path");
            return Join(parts);
        });
        NodeObjects.Method(realm, path, "relative", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Relative(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "from"), NodeErrors.ValidateString(r, NodeObjects.Arg(args, 1), "to")));
        NodeObjects.Method(realm, path, "toNamespacedPath", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) => NodeObjects.Arg(args, 0));
        NodeObjects.Method(realm, path, "dirname", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Dirname(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path")));
        NodeObjects.Method(realm, path, "basename", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var suffixValue = NodeObjects.Arg(args, 1);
            string? suffix = suffixValue.IsUndefined ? null : NodeErrors.ValidateString(r, suffixValue, "suffix");
            return Basename(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path"), suffix);
        });
        NodeObjects.Method(realm, path, "extname", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => Extname(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path")));
        NodeObjects.Method(realm, path, "format", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var obj = NodeObjects.Arg(args, 0);
            if (!obj.IsObject) throw NodeErrors.InvalidArgType(r, "pathObject", "of type object", obj);
            return Format(obj.AsObject());
        });
        NodeObjects.Method(realm, path, "parse", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var p = Parse(NodeErrors.ValidateString(r, NodeObjects.Arg(args, 0), "path"));
            var result = r.CreateObject();
            result.AddProperty("root", p.Root, PropertyFlags.Default);
            result.AddProperty("dir", p.Dir, PropertyFlags.Default);
            result.AddProperty("base", p.Base, PropertyFlags.Default);
            result.AddProperty("ext", p.Ext, PropertyFlags.Default);
            result.AddProperty("name", p.Name, PropertyFlags.Default);
            return result;
        });
        path.SetOwnDirect("sep", "/", PropertyFlags.Default);
        path.SetOwnDirect("delimiter", ":", PropertyFlags.Default);
        path.SetOwnDirect("posix", path, PropertyFlags.Default);
        // Windows rules are not implemented; code that picks path.win32 explicitly gets POSIX behaviour.
        path.SetOwnDirect("win32", path, PropertyFlags.Default);
        path.SetOwnDirect("_makeLong", path.Get("toNamespacedPath"), PropertyFlags.Default);
        return path;
    }

    /// <summary>The process working directory as Node's posixCwd sees it.</summary>
    public static string Cwd() => Environment.CurrentDirectory;

    /// <summary>Node's normalizeString: resolves `.` and `..` segments, dropping empty ones.</summary>
    internal static string NormalizeString(string path, bool allowAboveRoot)
    {
        var res = new StringBuilder();
        int lastSegmentLength = 0, lastSlash = -1, dots = 0;
        char code = '\0';
        for (int i = 0; i <= path.Length; i++)
        {
            if (i < path.Length) code = path[i];
            else if (code == Slash) break;
            else code = Slash;

            if (code == Slash)
            {
                if (lastSlash == i - 1 || dots == 1)
                {
                    // an empty or "." segment: nothing to add
                }
                else if (dots == 2)
                {
                    if (res.Length < 2 || lastSegmentLength != 2 || res[^1] != '.' || res[^2] != '.')
                    {
                        if (res.Length > 2)
                        {
                            int lastSlashIndex = LastIndexOf(res, Slash);
                            if (lastSlashIndex == -1) { res.Clear(); lastSegmentLength = 0; }
                            else
                            {
                                res.Length = lastSlashIndex;
                                lastSegmentLength = res.Length - 1 - LastIndexOf(res, Slash);
                            }
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                        if (res.Length != 0)
                        {
                            res.Clear();
                            lastSegmentLength = 0;
                            lastSlash = i;
                            dots = 0;
                            continue;
                        }
                    }
                    if (allowAboveRoot)
                    {
                        res.Append(res.Length > 0 ? "/.." : "..");
                        lastSegmentLength = 2;
                    }
                }
                else
                {
                    if (res.Length > 0) res.Append(Slash);
                    res.Append(path, lastSlash + 1, i - lastSlash - 1);
                    lastSegmentLength = i - lastSlash - 1;
                }
                lastSlash = i;
                dots = 0;
            }
            else if (code == '.' && dots != -1) dots++;
            else dots = -1;
        }
        return res.ToString();
    }

    private static int LastIndexOf(StringBuilder sb, char c)
    {
        for (int i = sb.Length - 1; i >= 0; i--) if (sb[i] == c) return i;
        return -1;
    }

    public static string Resolve(IReadOnlyList<string> paths)
    {
        string resolvedPath = "";
        bool resolvedAbsolute = false;
        for (int i = paths.Count - 1; i >= 0 && !resolvedAbsolute; i--)
        {
            string p = paths[i];
            if (p.Length == 0) continue;
            resolvedPath = p + "/" + resolvedPath;
            resolvedAbsolute = p[0] == Slash;
        }
        if (!resolvedAbsolute)
        {
            string cwd = Cwd();
            resolvedPath = cwd + "/" + resolvedPath;
            resolvedAbsolute = cwd.Length > 0 && cwd[0] == Slash;
        }
        resolvedPath = NormalizeString(resolvedPath, !resolvedAbsolute);
        if (resolvedAbsolute) return "/" + resolvedPath;
        return resolvedPath.Length > 0 ? resolvedPath : ".";
    }

    public static string Resolve(string path) => Resolve(new[] { path });

    public static string Normalize(string path)
    {
        if (path.Length == 0) return ".";
        bool isAbsolute = path[0] == Slash;
        bool trailingSeparator = path[^1] == Slash;
        path = NormalizeString(path, !isAbsolute);
        if (path.Length == 0)
        {
            if (isAbsolute) return "/";
            return trailingSeparator ? "./" : ".";
        }
        if (trailingSeparator) path += "/";
        return isAbsolute ? "/" + path : path;
    }

    public static bool IsAbsolute(string path) => path.Length > 0 && path[0] == Slash;

    public static string Join(IReadOnlyList<string> paths)
    {
        var sb = new StringBuilder();
        foreach (var p in paths)
        {
            if (p.Length == 0) continue;
            if (sb.Length > 0) sb.Append(Slash);
            sb.Append(p);
        }
        return sb.Length == 0 ? "." : Normalize(sb.ToString());
    }

    public static string Relative(string from, string to)
    {
        if (from == to) return "";
        from = Resolve(from);
        to = Resolve(to);
        if (from == to) return "";
        const int fromStart = 1, toStart = 1;
        int fromEnd = from.Length;
        int fromLen = fromEnd - fromStart;
        int toLen = to.Length - toStart;
        int length = fromLen < toLen ? fromLen : toLen;
        int lastCommonSep = -1;
        int i = 0;
        for (; i < length; i++)
        {
            char fromCode = from[fromStart + i];
            if (fromCode != to[toStart + i]) break;
            if (fromCode == Slash) lastCommonSep = i;
        }
        if (i == length)
        {
            if (toLen > length)
            {
                // `from` is the exact base path for `to` (/foo/bar → /foo/bar/baz), or the root.
                if (to[toStart + i] == Slash) return to.Substring(toStart + i + 1);
                if (i == 0) return to.Substring(toStart + i);
            }
            else if (fromLen > length)
            {
                if (from[fromStart + i] == Slash) lastCommonSep = i;
                else if (i == 0) lastCommonSep = 0;
            }
        }
        var output = new StringBuilder();
        for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++)
        {
            if (i == fromEnd || from[i] == Slash) output.Append(output.Length == 0 ? ".." : "/..");
        }
        return output + to.Substring(toStart + lastCommonSep);
    }

    public static string Dirname(string path)
    {
        if (path.Length == 0) return ".";
        bool hasRoot = path[0] == Slash;
        int end = -1;
        bool matchedSlash = true;
        for (int i = path.Length - 1; i >= 1; i--)
        {
            if (path[i] == Slash)
            {
                if (!matchedSlash) { end = i; break; }
            }
            else matchedSlash = false;
        }
        if (end == -1) return hasRoot ? "/" : ".";
        if (hasRoot && end == 1) return "//";
        return path.Substring(0, end);
    }

    public static string Basename(string path, string? suffix = null)
    {
        int start = 0, end = -1;
        bool matchedSlash = true;
        if (suffix != null && suffix.Length > 0 && suffix.Length <= path.Length)
        {
            if (suffix == path) return "";
            int extIdx = suffix.Length - 1;
            int firstNonSlashEnd = -1;
            for (int i = path.Length - 1; i >= 0; i--)
            {
                char code = path[i];
                if (code == Slash)
                {
                    if (!matchedSlash) { start = i + 1; break; }
                }
                else
                {
                    if (firstNonSlashEnd == -1)
                    {
                        matchedSlash = false;
                        firstNonSlashEnd = i + 1;
                    }
                    if (extIdx >= 0)
                    {
                        if (code == suffix[extIdx])
                        {
                            if (--extIdx == -1) end = i;
                        }
                        else
                        {
                            extIdx = -1;
                            end = firstNonSlashEnd;
                        }
                    }
                }
            }
            if (start == end) end = firstNonSlashEnd;
            else if (end == -1) end = path.Length;
            return path.Substring(start, end - start);
        }
        for (int i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] == Slash)
            {
                if (!matchedSlash) { start = i + 1; break; }
            }
            else if (end == -1)
            {
                matchedSlash = false;
                end = i + 1;
            }
        }
        return end == -1 ? "" : path.Substring(start, end - start);
    }

    public static string Extname(string path)
    {
        int startDot = -1, startPart = 0, end = -1;
        bool matchedSlash = true;
        // State of the characters before the first dot: 0 none seen, 1 dots only, -1 something else.
        int preDotState = 0;
        for (int i = path.Length - 1; i >= 0; i--)
        {
            char c = path[i];
            if (c == Slash)
            {
                if (!matchedSlash) { startPart = i + 1; break; }
                continue;
            }
            if (end == -1) { matchedSlash = false; end = i + 1; }
            if (c == '.')
            {
                if (startDot == -1) startDot = i;
                else if (preDotState != 1) preDotState = 1;
            }
            else if (startDot != -1) preDotState = -1;
        }
        if (startDot == -1 || end == -1 || preDotState == 0 || (preDotState == 1 && startDot == end - 1 && startDot == startPart + 1))
            return "";
        return path.Substring(startDot, end - startDot);
    }

    public readonly record struct ParsedPath(string Root, string Dir, string Base, string Ext, string Name);

    public static ParsedPath Parse(string path)
    {
        string root = "", dir = "", @base = "", ext = "", name = "";
        if (path.Length == 0) return new ParsedPath(root, dir, @base, ext, name);
        bool isAbsolute = path[0] == Slash;
        int start = 0;
        if (isAbsolute) { root = "/"; start = 1; }
        int startDot = -1, startPart = 0, end = -1;
        bool matchedSlash = true;
        int preDotState = 0;
        int i = path.Length - 1;
        for (; i >= start; i--)
        {
            char code = path[i];
            if (code == Slash)
            {
                if (!matchedSlash) { startPart = i + 1; break; }
                continue;
            }
            if (end == -1) { matchedSlash = false; end = i + 1; }
            if (code == '.')
            {
                if (startDot == -1) startDot = i;
                else if (preDotState != 1) preDotState = 1;
            }
            else if (startDot != -1) preDotState = -1;
        }
        if (end != -1)
        {
            int s = startPart == 0 && isAbsolute ? 1 : startPart;
            if (startDot == -1 || preDotState == 0 || (preDotState == 1 && startDot == end - 1 && startDot == startPart + 1))
            {
                @base = name = path.Substring(s, end - s);
            }
            else
            {
                name = path.Substring(s, startDot - s);
                @base = path.Substring(s, end - s);
                ext = path.Substring(startDot, end - startDot);
            }
        }
        if (startPart > 0) dir = path.Substring(0, startPart - 1);
        else if (isAbsolute) dir = "/";
        return new ParsedPath(root, dir, @base, ext, name);
    }

    /// <summary>Node's _format('/', pathObject): dir (or root) + '/' + base (or name + ext, ext gaining a dot).</summary>
    private static string Format(JsObject pathObject)
    {
        var dirValue = pathObject.Get("dir");
        var rootValue = pathObject.Get("root");
        string? dir = Truthy(dirValue) ? Operations.ToString(dirValue) : Truthy(rootValue) ? Operations.ToString(rootValue) : null;
        var baseValue = pathObject.Get("base");
        string @base;
        if (Truthy(baseValue)) @base = Operations.ToString(baseValue);
        else
        {
            var nameValue = pathObject.Get("name");
            var extValue = pathObject.Get("ext");
            string name = Truthy(nameValue) ? Operations.ToString(nameValue) : "";
            string ext = Truthy(extValue) ? Operations.ToString(extValue) : "";
            if (ext.Length > 0 && ext[0] != '.') ext = "." + ext;
            @base = name + ext;
        }
        if (dir == null) return @base;
        return rootValue.IsString && dir == rootValue.AsString() ? dir + @base : dir + "/" + @base;
    }

    private static bool Truthy(in JsValue v) => Operations.ToBoolean(v);
}
