using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Aot.Engine.Tests.Builtins;

/// <summary>
/// Reads the node-generated case tables in Builtins/Data (one JSON array per line). The file is
/// found by walking up from the test binary to the source tree, so no copy step is needed.
/// </summary>
internal static class TestData
{
    public static string Locate(string fileName)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null)
        {
            string direct = Path.Combine(dir, "Builtins", "Data", fileName);
            if (File.Exists(direct)) return direct;
            string fromRoot = Path.Combine(dir, "tests", "Aot.Engine.Tests", "Builtins", "Data", fileName);
            if (File.Exists(fromRoot)) return fromRoot;
            dir = Path.GetDirectoryName(dir);
        }
        throw new FileNotFoundException("test data not found: " + fileName);
    }

    public static List<JsonElement[]> Load(string fileName)
    {
        var rows = new List<JsonElement[]>();
        foreach (string line in File.ReadLines(Locate(fileName)))
        {
            if (line.Length == 0) continue;
            using JsonDocument doc = JsonDocument.Parse(line);
            var row = new JsonElement[doc.RootElement.GetArrayLength()];
            int i = 0;
            foreach (JsonElement e in doc.RootElement.EnumerateArray()) row[i++] = e.Clone();
            rows.Add(row);
        }
        return rows;
    }

    public static double Hex(JsonElement e) => BitConverter.Int64BitsToDouble(Convert.ToInt64(e.GetString(), 16));

    public static string HexOf(double d) => double.IsNaN(d) ? "7ff8000000000000" : BitConverter.DoubleToInt64Bits(d).ToString("x16");
}
