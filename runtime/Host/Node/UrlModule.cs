using System;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Node;

/// <summary>
/// `node:url`: URL and URLSearchParams (WHATWG, <see cref="WhatwgUrl"/> does the parsing), fileURLToPath,
/// pathToFileURL, domainToASCII, urlToHttpOptions and the legacy url.parse/format/resolve (Scripts/url.js;
/// url.resolve goes through the WHATWG resolution, which differs from Node's in rare edge cases).
/// </summary>
public static class UrlModule
{
    public static JsObject CreateExports(Realm realm)
        => NodeInternals.Of(realm).Shared("url", static r => NodeScripts.Run(r, "url.js").AsObject());

    /// <summary>The native half handed to url.js: parse and set return the URL's components as an array
    /// [href, protocol, username, password, host, hostname, port, pathname, search, hash, origin, hasOpaquePath, query|null],
    /// or null when parsing fails.</summary>
    internal static JsObject CreateBinding(Realm realm)
    {
        var b = realm.CreateObject();
        NodeObjects.Method(realm, b, "parse", 2, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            WhatwgUrl? baseUrl = null;
            var baseValue = NodeObjects.Arg(args, 1);
            if (!baseValue.IsUndefined)
            {
                baseUrl = WhatwgUrl.Parse(Operations.ToString(baseValue), null);
                if (baseUrl == null) return JsValue.Null;
            }
            var url = WhatwgUrl.Parse(Operations.ToString(NodeObjects.Arg(args, 0)), baseUrl);
            return url == null ? JsValue.Null : Components(r, url);
        });
        NodeObjects.Method(realm, b, "set", 3, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n) =>
        {
            var url = WhatwgUrl.Parse(Operations.ToString(NodeObjects.Arg(args, 0)), null)!;
            var value = NodeObjects.Arg(args, 2);
            Set(url, Operations.ToString(NodeObjects.Arg(args, 1)), value.IsNull ? null : Operations.ToString(value));
            return Components(r, url);
        });
        NodeObjects.Method(realm, b, "percentDecode", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => new UTF8Encoding(false, false).GetString(WhatwgUrl.PercentDecode(Operations.ToString(NodeObjects.Arg(args, 0)))));
        NodeObjects.Method(realm, b, "formEncode", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => WhatwgUrl.PercentEncode(Operations.ToString(NodeObjects.Arg(args, 0)), WhatwgUrl.InFormSet, spaceAsPlus: true));
        NodeObjects.Method(realm, b, "domainToASCII", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> args, JsObject? n)
            => WhatwgUrl.ParseHost(Operations.ToString(NodeObjects.Arg(args, 0)), false) ?? "");
        return b;
    }

    private static JsArray Components(Realm realm, WhatwgUrl url)
    {
        var a = realm.CreateArray(13);
        a.TryAppendDense(url.Href);
        a.TryAppendDense(url.Scheme + ":");
        a.TryAppendDense(url.Username);
        a.TryAppendDense(url.Password);
        a.TryAppendDense(url.Host == null ? "" : url.Port == null ? url.Host : url.Host + ":" + url.Port);
        a.TryAppendDense(url.Host ?? "");
        a.TryAppendDense(url.Port == null ? "" : url.Port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        a.TryAppendDense(url.PathString);
        a.TryAppendDense(string.IsNullOrEmpty(url.Query) ? "" : "?" + url.Query);
        a.TryAppendDense(string.IsNullOrEmpty(url.Fragment) ? "" : "#" + url.Fragment);
        a.TryAppendDense(url.Origin);
        a.TryAppendDense(url.OpaquePath != null);
        a.TryAppendDense(url.Query == null ? JsValue.Null : JsValue.FromString(url.Query));
        return a;
    }

    private static bool CannotHaveCredentialsOrPort(WhatwgUrl url) => string.IsNullOrEmpty(url.Host) || url.Scheme == "file";

    /// <summary>The URL setters (URL Standard §6.1): each runs the basic URL parser with a state override
    /// on a copy, keeping the URL unchanged on failure.</summary>
    private static void Set(WhatwgUrl url, string component, string? value)
    {
        value ??= "";
        WhatwgUrl copy;
        switch (component)
        {
            case "protocol":
                copy = url.Clone();
                if (WhatwgUrl.BasicParse(value + ":", null, copy, WhatwgUrl.State.SchemeStart) != null) Assign(url, copy);
                break;
            case "username":
                if (!CannotHaveCredentialsOrPort(url)) url.Username = WhatwgUrl.PercentEncode(value, WhatwgUrl.InUserinfoSet);
                break;
            case "password":
                if (!CannotHaveCredentialsOrPort(url)) url.Password = WhatwgUrl.PercentEncode(value, WhatwgUrl.InUserinfoSet);
                break;
            case "host":
            case "hostname":
                if (url.OpaquePath != null) break;
                copy = url.Clone();
                if (WhatwgUrl.BasicParse(value, null, copy, component == "host" ? WhatwgUrl.State.Host : WhatwgUrl.State.Hostname) != null) Assign(url, copy);
                break;
            case "port":
                if (CannotHaveCredentialsOrPort(url)) break;
                if (value.Length == 0) { url.Port = null; break; }
                copy = url.Clone();
                if (WhatwgUrl.BasicParse(value, null, copy, WhatwgUrl.State.Port) != null) Assign(url, copy);
                break;
            case "pathname":
                if (url.OpaquePath != null) break;
                copy = url.Clone();
                copy.Path.Clear();
                if (WhatwgUrl.BasicParse(value, null, copy, WhatwgUrl.State.PathStart) != null) Assign(url, copy);
                break;
            case "search":
                if (value.Length == 0) { url.Query = null; break; }
                if (value[0] == '?') value = value.Substring(1);
                copy = url.Clone();
                copy.Query = "";
                if (WhatwgUrl.BasicParse(value, null, copy, WhatwgUrl.State.Query) != null) Assign(url, copy);
                break;
            case "query": // URLSearchParams update steps: already serialized
                url.Query = value.Length == 0 ? null : value;
                break;
            case "hash":
                if (value.Length == 0) { url.Fragment = null; break; }
                if (value[0] == '#') value = value.Substring(1);
                copy = url.Clone();
                copy.Fragment = "";
                if (WhatwgUrl.BasicParse(value, null, copy, WhatwgUrl.State.Fragment) != null) Assign(url, copy);
                break;
        }
    }

    private static void Assign(WhatwgUrl target, WhatwgUrl source)
    {
        target.Scheme = source.Scheme;
        target.Username = source.Username;
        target.Password = source.Password;
        target.Host = source.Host;
        target.Port = source.Port;
        target.Path = source.Path;
        target.OpaquePath = source.OpaquePath;
        target.Query = source.Query;
        target.Fragment = source.Fragment;
    }
}
