using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Controllers;

/// <summary>JSON for the designer and viewer scripts (read from a non-executed script block), and element labels from BPMN.</summary>
internal static class DesignerData
{
    // The default encoder escapes <, >, & and quotes, so the JSON is safe inside a <script type="application/json"> block.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Default };

    public static string CatalogJson(DesignerCatalog catalog) => JsonSerializer.Serialize(
        new
        {
            activities = catalog.Activities.Select(a => new
            {
                name = a.Name,
                label = a.DisplayName.Current,
                description = a.Description.Current,
                parameters = a.Parameters.Select(p => new
                {
                    name = p.Name,
                    label = p.Label.Current,
                    kind = p.Kind.ToString(),
                    required = p.Required,
                    help = p.Help?.Current,
                    options = p.Options,
                    defaultValue = p.DefaultValue,
                }),
                outcomes = a.Outcomes.Select(o => new { name = o.Name, label = o.Label.Current }),
            }),
            events = catalog.Events.Select(e => new { name = e.Name, label = e.DisplayName.Current, dataKeys = e.DataKeys }),
            roles = catalog.Roles.Select(r => new { value = r.Name, text = r.DisplayName.Current }),
            departments = catalog.Departments.Select(d => new { value = d.Code, text = d.Name.Current }),
        },
        Json);

    public static string ViewerJson(string xml, IEnumerable<string> active, IEnumerable<string> done, IEnumerable<string> faulted) =>
        JsonSerializer.Serialize(new { xml, active, done, faulted }, Json);

    /// <summary>Element id → name (or id when unnamed) from BPMN XML; empty when the XML does not parse.</summary>
    public static IReadOnlyDictionary<string, string> Labels(string xml)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var document = XDocument.Load(reader);
            foreach (var element in document.Descendants().Where(e => e.Name.NamespaceName == "http://www.omg.org/spec/BPMN/20100524/MODEL"))
            {
                if (element.Attribute("id")?.Value is { Length: > 0 } id)
                {
                    labels[id] = element.Attribute("name")?.Value is { Length: > 0 } name ? name : id;
                }
            }
        }
        catch (XmlException)
        {
        }

        return labels;
    }

    /// <summary>The process name in the file, used as the title of an imported definition.</summary>
    public static string? ProcessName(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var document = XDocument.Load(reader);
            var bpmn = XNamespace.Get("http://www.omg.org/spec/BPMN/20100524/MODEL");
            return document.Descendants(bpmn + "process").Select(p => p.Attribute("name")?.Value).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
                ?? document.Descendants(bpmn + "participant").Select(p => p.Attribute("name")?.Value).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
