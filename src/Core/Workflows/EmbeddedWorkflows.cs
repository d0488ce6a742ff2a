using System.Reflection;

namespace OpenCityAomori.Core.Workflows;

/// <summary>Reads a module's BPMN file embedded under its file name (the module's project embeds Workflows\*.bpmn).</summary>
public static class EmbeddedWorkflows
{
    public static string Read(Assembly assembly, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} does not embed {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
