using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>The BPMN files the aomori recipe and the scheme modules seed, read from the source tree.</summary>
internal static class SeededWorkflows
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    public static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";
    public static readonly XNamespace Oca = "http://opencity-aomori.jp/schema/bpmn/1.0";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static readonly string RecipeDirectory = FindRecipeDirectory();

    /// <summary>The recipe's own flows.</summary>
    public static readonly string[] RecipeNames = ["contact-desk-notification", "consultation-flow"];

    /// <summary>The flows scheme modules ship (Core IWorkflowTemplateProvider), by their module's folder.</summary>
    public static readonly IReadOnlyDictionary<string, string> ModuleFlows = new Dictionary<string, string>
    {
        ["partnership-flow"] = "Partnership",
        ["pilot-support-flow"] = "PilotSupport",
    };

    public static readonly string[] Names = [.. RecipeNames, .. ModuleFlows.Keys];

    public static TheoryData<string> All => new(Names);

    public static JsonObject RecipeStep() =>
        ((JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(RecipeDirectory, "recipe.json")))!["steps"]!)
            .OfType<JsonObject>()
            .Single(s => (string?)s["name"] == "workflows");

    public static string PathOf(string name) => ModuleFlows.TryGetValue(name, out var module)
        ? Path.Combine(RecipeDirectory, "..", "..", "..", "Modules", module, "Workflows", name + ".bpmn")
        : Path.Combine(RecipeDirectory, "workflows", name + ".bpmn");

    public static string Xml(string name) => File.ReadAllText(PathOf(name));

    public static XDocument Load(string name) => XDocument.Parse(Xml(name));

    public static XElement Process(XDocument document) => document.Root!.Elements(Bpmn + "process").Single();

    /// <summary>The flow nodes of the process (everything but lanes, flows, documentation and artifacts).</summary>
    public static IEnumerable<XElement> FlowNodes(XDocument document) =>
        Process(document).Elements().Where(e => e.Name.Namespace == Bpmn
            && e.Name.LocalName is not ("laneSet" or "sequenceFlow" or "documentation" or "extensionElements" or "textAnnotation" or "association"));

    /// <summary>The process's text annotations: notes on the diagram the engine ignores.</summary>
    public static IEnumerable<XElement> Annotations(XDocument document) => Process(document).Elements(Bpmn + "textAnnotation");

    public static IEnumerable<XElement> Associations(XDocument document) => Process(document).Elements(Bpmn + "association");

    public static IEnumerable<XElement> Flows(XDocument document) => Process(document).Elements(Bpmn + "sequenceFlow");

    public static IEnumerable<XElement> Lanes(XDocument document) => Process(document).Descendants(Bpmn + "lane");

    public static string Id(XElement element) => (string)element.Attribute("id")!;

    /// <summary>The element's <c>oca:property</c> values by name.</summary>
    public static Dictionary<string, string> Properties(XElement element) =>
        element.Elements(Bpmn + "extensionElements").Elements(Oca + "properties").Elements(Oca + "property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => p.Value, StringComparer.Ordinal);

    public static XElement? LaneOf(XDocument document, string elementId) =>
        Lanes(document).SingleOrDefault(l => l.Elements(Bpmn + "flowNodeRef").Any(r => r.Value.Trim() == elementId));

    public static (double X, double Y, double Width, double Height) Bounds(XDocument document, string elementId)
    {
        var shape = document.Descendants(BpmnDi + "BPMNShape").Single(s => (string?)s.Attribute("bpmnElement") == elementId);
        var bounds = shape.Element(Dc + "Bounds")!;
        return ((double)bounds.Attribute("x")!, (double)bounds.Attribute("y")!, (double)bounds.Attribute("width")!, (double)bounds.Attribute("height")!);
    }

    public static string? MessageName(XDocument document, XElement evt)
    {
        var reference = (string?)evt.Element(Bpmn + "messageEventDefinition")?.Attribute("messageRef");
        return reference is null ? null : (string?)document.Root!.Elements(Bpmn + "message").SingleOrDefault(m => Id(m) == reference)?.Attribute("name");
    }

    private static string FindRecipeDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Web", "Recipes", "aomori");
            if (File.Exists(Path.Combine(candidate, "recipe.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "Recipes", "aomori");
    }
}
