using System.Collections.Frozen;
using System.Xml;
using System.Xml.Linq;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Workflows.Bpmn;

internal sealed record BpmnParseResult(ProcessModel? Model, IReadOnlyList<BpmnProblem> Problems);

/// <summary>Reads the executable subset of BPMN 2.0 (see the module README) into a <see cref="ProcessModel"/>.</summary>
internal static partial class BpmnParser
{
    public static BpmnParseResult Parse(string xml)
    {
        var problems = new List<BpmnProblem>();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 10_000_000 };
            using var reader = XmlReader.Create(new StringReader(xml ?? ""), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            problems.Add(new(null, new($"XMLとして読み込めません（{ex.LineNumber}行目）：{ex.Message}", $"Not valid XML (line {ex.LineNumber}): {ex.Message}"), true));
            return new(null, problems);
        }

        var root = document.Root!;
        if (root.Name != BpmnNames.Bpmn + "definitions")
        {
            problems.Add(new(null, new("BPMN 2.0の定義（bpmn:definitions）ではありません。", "Not a BPMN 2.0 document (bpmn:definitions expected)."), true));
            return new(null, problems);
        }

        var messages = root.Elements(BpmnNames.Bpmn + "message")
            .Where(m => m.Attribute("id") is not null)
            .GroupBy(m => (string)m.Attribute("id")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("name"), StringComparer.Ordinal);
        var processes = root.Elements(BpmnNames.Bpmn + "process").ToList();
        var executable = processes.Where(p => string.Equals((string?)p.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase)).ToList();
        if (executable.Count == 0)
        {
            problems.Add(new(null, new("実行可能なプロセス（isExecutable=\"true\"）がありません。", "No executable process (isExecutable=\"true\")."), true));
            return new(null, problems);
        }

        if (executable.Count > 1)
        {
            problems.Add(new((string?)executable[1].Attribute("id"), new("実行可能なプロセスは1ファイルに1つだけです。", "Only one executable process per file is supported."), true));
        }

        var process = executable[0];
        var elements = new Dictionary<string, BpmnElement>(StringComparer.Ordinal);
        var flows = new Dictionary<string, BpmnFlow>(StringComparer.Ordinal);
        var order = 0;
        foreach (var node in process.Elements())
        {
            if (node.Name.Namespace != BpmnNames.Bpmn)
            {
                continue;
            }

            var local = node.Name.LocalName;
            var id = (string?)node.Attribute("id");
            if (BpmnNames.Artifacts.Contains(local))
            {
                continue;
            }

            if (string.IsNullOrEmpty(id))
            {
                problems.Add(new(null, new($"{local} に id がありません。", $"A {local} has no id."), true));
                continue;
            }

            if (local == "sequenceFlow")
            {
                var condition = node.Element(BpmnNames.Bpmn + "conditionExpression")?.Value.Trim();
                flows[id] = new(id, (string?)node.Attribute("sourceRef") ?? "", (string?)node.Attribute("targetRef") ?? "", string.IsNullOrEmpty(condition) ? null : condition, order++);
                continue;
            }

            if (ReadElement(node, local, id, messages, problems) is { } element)
            {
                if (!elements.TryAdd(id, element))
                {
                    problems.Add(new(id, new("id が重複しています。", "Duplicate id."), true));
                }
            }
        }

        Link(elements, flows, problems);
        AssignLanes(process, elements);
        return new(new ProcessModel((string?)process.Attribute("id") ?? "process", (string?)process.Attribute("name"), elements.ToFrozenDictionary(StringComparer.Ordinal), flows.ToFrozenDictionary(StringComparer.Ordinal)), problems);
    }

    private static void Link(Dictionary<string, BpmnElement> elements, Dictionary<string, BpmnFlow> flows, List<BpmnProblem> problems)
    {
        foreach (var flow in flows.Values.OrderBy(f => f.Order))
        {
            if (!elements.TryGetValue(flow.SourceId, out var source) || !elements.TryGetValue(flow.TargetId, out var target))
            {
                problems.Add(new(flow.Id, new("シーケンスフローの始点または終点が、実行できる要素につながっていません。", "The sequence flow's source or target is not an element the engine runs."), true));
                continue;
            }

            source.Outgoing.Add(flow);
            target.Incoming.Add(flow);
        }

        foreach (var boundary in elements.Values.Where(e => e.Kind == ElementKind.TimerBoundaryEvent))
        {
            if (boundary.AttachedToId is { } host && elements.TryGetValue(host, out var task) && task.Kind == ElementKind.UserTask)
            {
                task.Boundaries.Add(boundary);
            }
            else
            {
                problems.Add(new(boundary.Id, new("境界タイマーはユーザータスクに付ける必要があります。", "A boundary timer must be attached to a user task."), true));
            }
        }
    }

    private static void AssignLanes(XElement process, Dictionary<string, BpmnElement> elements)
    {
        foreach (var lane in process.Descendants(BpmnNames.Bpmn + "lane"))
        {
            var info = new BpmnLane((string?)lane.Attribute("id") ?? "", (string?)lane.Attribute("name"), ReadProperties(lane));
            foreach (var reference in lane.Elements(BpmnNames.Bpmn + "flowNodeRef"))
            {
                // Descendants are visited parent first, so a nested lane overrides its parent.
                if (elements.TryGetValue(reference.Value.Trim(), out var element))
                {
                    element.Lane = info;
                }
            }
        }
    }

    internal static FrozenDictionary<string, string> ReadProperties(XElement node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var container = node.Element(BpmnNames.Bpmn + "extensionElements")?.Element(BpmnNames.Oca + "properties");
        if (container is null)
        {
            return values.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var property in container.Elements(BpmnNames.Oca + "property"))
        {
            if ((string?)property.Attribute("name") is { Length: > 0 } name)
            {
                values[name.Trim()] = ((string?)property.Attribute("value") ?? property.Value).Trim();
            }
        }

        return values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static LocalizedText Unsupported(string what) =>
        new($"{what} はこのエンジンでは実行できません（未対応の要素）。", $"{what} is not supported by the engine.");
}
