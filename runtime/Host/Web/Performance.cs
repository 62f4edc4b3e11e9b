using System;
using System.Collections.Generic;
using System.Diagnostics;
using Aot.Engine.Objects;
using Aot.Runtime.Running;

namespace Aot.Runtime.Web;

/// <summary>
/// `performance` (W3C High Resolution Time + User Timing): now() in milliseconds since the
/// process started, timeOrigin, mark/measure with PerformanceMark/PerformanceMeasure entries,
/// getEntries/getEntriesByName/getEntriesByType, clearMarks/clearMeasures, toJSON.
/// </summary>
public static class Performance
{
    public static JsObject Create(Realm realm)
    {
        var host = NodeHost.Of(realm);
        var entries = new List<JsObject>();
        var markProto = EntryPrototype(realm, "PerformanceMark");
        var measureProto = EntryPrototype(realm, "PerformanceMeasure");
        double Now() => Stopwatch.GetElapsedTime(host.StartTimestamp).TotalMilliseconds;

        var perf = new JsObject(realm.ObjectPrototype);
        perf.AddProperty(JsSymbol.ToStringTag, JsValue.FromString("Performance"), PropertyFlags.Configurable);
        perf.AddProperty("timeOrigin", JsValue.FromNumber(host.TimeOriginMs), PropertyFlags.Default);
        HostObjects.Method(realm, perf, "now", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => Now());
        HostObjects.Method(realm, perf, "mark", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string name = Operations.ToString(HostObjects.Arg(a, 0));
            var options = HostObjects.Arg(a, 1);
            double start = Now();
            var detail = JsValue.Null;
            if (options.IsObject)
            {
                var s = options.AsObject().Get("startTime");
                if (!s.IsUndefined) start = Operations.ToNumber(s);
                var d = options.AsObject().Get("detail");
                if (!d.IsUndefined) detail = StructuredClone.Clone(r, d);
            }
            var entry = Entry(markProto, name, "mark", start, 0, detail);
            entries.Add(entry);
            return JsValue.FromObject(entry);
        });
        HostObjects.Method(realm, perf, "measure", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            string name = Operations.ToString(HostObjects.Arg(a, 0));
            var startOrOptions = HostObjects.Arg(a, 1);
            var endMark = HostObjects.Arg(a, 2);
            double start = 0, end = Now();
            var detail = JsValue.Null;
            double Resolve(Realm rr, in JsValue v)
            {
                if (v.IsNumber) return v.Number;
                string mark = Operations.ToString(v);
                for (int i = entries.Count - 1; i >= 0; i--)
                    if (entries[i].Get("entryType").AsString() == "mark" && entries[i].Get("name").AsString() == mark)
                        return entries[i].Get("startTime").Number;
                throw HostObjects.CodedError(rr, ErrorKind.SyntaxError, "ERR_INVALID_PERFORMANCE_MARK", $"The \"{mark}\" performance mark has not been set");
            }
            if (startOrOptions.IsObject)
            {
                var o = startOrOptions.AsObject();
                var s = o.Get("start"); if (!s.IsUndefined) start = Resolve(r, s);
                var e = o.Get("end"); if (!e.IsUndefined) end = Resolve(r, e);
                var d = o.Get("duration"); if (!d.IsUndefined) { if (!s.IsUndefined) end = start + Operations.ToNumber(d); else start = end - Operations.ToNumber(d); }
                var det = o.Get("detail"); if (!det.IsUndefined) detail = StructuredClone.Clone(r, det);
            }
            else if (!startOrOptions.IsUndefined) start = Resolve(r, startOrOptions);
            if (!endMark.IsUndefined) end = Resolve(r, endMark);
            var entry = Entry(measureProto, name, "measure", start, end - start, detail);
            entries.Add(entry);
            return JsValue.FromObject(entry);
        });
        JsValue List(Realm r, string? name, string? type)
        {
            var array = r.CreateArray();
            uint i = 0;
            var sorted = new List<JsObject>(entries);
            sorted.Sort((x, y) => x.Get("startTime").Number.CompareTo(y.Get("startTime").Number));
            foreach (var e in sorted)
            {
                if (name != null && e.Get("name").AsString() != name) continue;
                if (type != null && e.Get("entryType").AsString() != type) continue;
                array.CreateDataPropertyOrThrow(PropertyKey.FromIndex(i++), JsValue.FromObject(e));
            }
            return JsValue.FromObject(array);
        }
        HostObjects.Method(realm, perf, "getEntries", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => List(r, null, null));
        HostObjects.Method(realm, perf, "getEntriesByName", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            List(r, Operations.ToString(HostObjects.Arg(a, 0)), a.Length > 1 && !a[1].IsUndefined ? Operations.ToString(a[1]) : null));
        HostObjects.Method(realm, perf, "getEntriesByType", 1, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            List(r, null, Operations.ToString(HostObjects.Arg(a, 0))));
        void Clear(ReadOnlySpan<JsValue> a, string type)
        {
            string? name = a.Length > 0 && !a[0].IsUndefined ? Operations.ToString(a[0]) : null;
            entries.RemoveAll(e => e.Get("entryType").AsString() == type && (name == null || e.Get("name").AsString() == name));
        }
        HostObjects.Method(realm, perf, "clearMarks", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { Clear(a, "mark"); return JsValue.Undefined; });
        HostObjects.Method(realm, perf, "clearMeasures", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) => { Clear(a, "measure"); return JsValue.Undefined; });
        HostObjects.Method(realm, perf, "toJSON", 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
        {
            var o = r.CreateObject();
            o.AddProperty("timeOrigin", JsValue.FromNumber(host.TimeOriginMs), PropertyFlags.Default);
            return JsValue.FromObject(o);
        });
        return perf;
    }

    private static JsObject EntryPrototype(Realm realm, string name)
    {
        var proto = realm.CreateObject();
        var ctor = new JsNativeFunction(realm, name, 0, (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? nt) =>
            JsException.ThrowTypeError<JsValue>("Illegal constructor"));
        ctor.AddProperty("prototype", JsValue.FromObject(proto), PropertyFlags.None);
        proto.AddProperty("constructor", JsValue.FromObject(ctor), PropertyFlags.Hidden);
        return proto;
    }

    private static JsObject Entry(JsObject proto, string name, string type, double start, double duration, in JsValue detail)
    {
        var e = new JsObject(proto);
        e.AddProperty("name", JsValue.FromString(name), PropertyFlags.Default);
        e.AddProperty("entryType", JsValue.FromString(type), PropertyFlags.Default);
        e.AddProperty("startTime", JsValue.FromNumber(start), PropertyFlags.Default);
        e.AddProperty("duration", JsValue.FromNumber(duration), PropertyFlags.Default);
        e.AddProperty("detail", detail, PropertyFlags.Default);
        return e;
    }
}
