using System.Xml;
using System.Xml.Linq;
using static OpenCityAomori.UnitTests.WorkflowSeeds.SeededWorkflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>The seeded definitions are BPMN 2.0 in the executable subset and follow the oca conventions.</summary>
public sealed class SeededWorkflowSubsetTests
{
    private static readonly string[] AllowedNodes =
        ["startEvent", "endEvent", "userTask", "serviceTask", "sendTask", "scriptTask", "exclusiveGateway", "parallelGateway", "eventBasedGateway", "intermediateCatchEvent", "boundaryEvent"];

    private static readonly string[] BuiltInActivities = ["SendEmail", "Notify", "SetVariable", "Log", "HttpRequest", "Script", "MessageProposer", "SetProposalStage", "AcceptProposal"];

    [Fact]
    public void The_recipe_step_lists_each_seeded_file_once_with_japanese_and_english_titles()
    {
        var items = RecipeStep()["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.Equal(RecipeNames, items.Select(i => (string)i["name"]!));
        Assert.All(items, i =>
        {
            Assert.Equal($"workflows/{(string)i["name"]!}.bpmn", (string)i["file"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)i["titleJa"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)i["titleEn"]));
            Assert.True(File.Exists(Path.Combine(RecipeDirectory, (string)i["file"]!)));
        });
        var onDisk = Directory.GetFiles(Path.Combine(RecipeDirectory, "workflows"), "*.bpmn").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(RecipeNames.Order(StringComparer.Ordinal), onDisk);
        Assert.All(ModuleFlows.Keys, name => Assert.True(File.Exists(PathOf(name)), PathOf(name)));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Is_well_formed_BPMN_with_one_executable_process_in_one_pool(string name)
    {
        var document = XDocument.Parse(Xml(name), LoadOptions.SetLineInfo);

        Assert.Equal(Bpmn + "definitions", document.Root!.Name);
        var process = Assert.Single(document.Root.Elements(Bpmn + "process"));
        Assert.Equal("true", (string?)process.Attribute("isExecutable"));
        var participant = Assert.Single(document.Root.Elements(Bpmn + "collaboration").Elements(Bpmn + "participant"));
        Assert.Equal(Id(process), (string?)participant.Attribute("processRef"));
        Assert.False(string.IsNullOrWhiteSpace((string?)process.Attribute("name")));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Uses_only_elements_and_event_definitions_the_engine_runs(string name)
    {
        var document = Load(name);

        Assert.All(FlowNodes(document), node =>
        {
            Assert.Contains(node.Name.LocalName, AllowedNodes);
            var definitions = node.Elements().Where(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).Select(e => e.Name.LocalName).ToList();
            var expected = node.Name.LocalName switch
            {
                "startEvent" => definitions.Count == 0 || definitions is ["messageEventDefinition"],
                "intermediateCatchEvent" => definitions is ["messageEventDefinition"] or ["timerEventDefinition"],
                "boundaryEvent" => definitions is ["timerEventDefinition"],
                _ => definitions.Count == 0,
            };
            Assert.True(expected, $"{Id(node)}: {node.Name.LocalName} with [{string.Join(", ", definitions)}]");
        });
        Assert.DoesNotContain(Process(document).Elements(), e => e.Name.LocalName is "subProcess" or "callActivity" or "inclusiveGateway" or "complexGateway");
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_flow_node_is_in_exactly_one_lane_and_every_lane_has_a_name(string name)
    {
        var document = Load(name);

        Assert.All(Lanes(document), l => Assert.False(string.IsNullOrWhiteSpace((string?)l.Attribute("name"))));
        Assert.All(FlowNodes(document), node =>
            Assert.Single(Lanes(document), l => l.Elements(Bpmn + "flowNodeRef").Any(r => r.Value.Trim() == Id(node))));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_user_task_has_an_assignee_role_or_department_of_its_own_or_from_its_lane(string name)
    {
        var document = Load(name);

        Assert.All(Process(document).Elements(Bpmn + "userTask"), task =>
        {
            var own = Properties(task);
            var lane = LaneOf(document, Id(task)) is { } l ? Properties(l) : [];
            Assert.True(new[] { "assignee", "role", "department" }.Any(k => own.ContainsKey(k) || lane.ContainsKey(k)), Id(task));
            Assert.False(string.IsNullOrWhiteSpace(own.GetValueOrDefault("description")), $"{Id(task)} has no description");
            if (own.TryGetValue("dueIn", out var due))
            {
                XmlConvert.ToTimeSpan(due);
            }
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Settings_are_oca_properties_with_unique_names(string name)
    {
        var document = Load(name);

        foreach (var extension in document.Descendants(Bpmn + "extensionElements"))
        {
            var properties = Assert.Single(extension.Elements());
            Assert.Equal(Oca + "properties", properties.Name);
            var names = properties.Elements().Select(p =>
            {
                Assert.Equal(Oca + "property", p.Name);
                return (string?)p.Attribute("name");
            }).ToList();
            Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_service_task_runs_a_built_in_activity_with_its_required_parameters(string name)
    {
        var document = Load(name);

        Assert.All(Process(document).Elements(Bpmn + "serviceTask"), task =>
        {
            var p = Properties(task);
            Assert.Contains(p.GetValueOrDefault("activity"), BuiltInActivities);
            string[] required = p["activity"] switch
            {
                "SendEmail" => ["to", "subject", "body"],
                "Notify" => ["title"],
                "SetVariable" => ["name", "value"],
                "MessageProposer" => ["body"],
                "SetProposalStage" => ["stage"],
                _ => [],
            };
            Assert.All(required, r => Assert.False(string.IsNullOrWhiteSpace(p.GetValueOrDefault(r)), $"{Id(task)}.{r}"));
            if (p["activity"] == "Notify")
            {
                Assert.True(new[] { "users", "roles", "departments" }.Any(p.ContainsKey), $"{Id(task)} notifies no one");
            }
        });
    }

    [Theory]
    [InlineData("partnership-flow")]
    [InlineData("pilot-support-flow")]
    public void The_proposal_flows_reach_the_proposer_only_through_the_thread_and_hold_no_personal_data(string name)
    {
        var xml = Xml(name);

        Assert.DoesNotContain(Process(Load(name)).Elements(Bpmn + "serviceTask"), t => Properties(t).GetValueOrDefault("activity") == "SendEmail");
        foreach (var personal in new[] { "proposerEmail", "proposerName", "{{ organization }}" })
        {
            Assert.DoesNotContain(personal, xml, StringComparison.Ordinal);
        }
    }
}
