using System.Xml;
using System.Xml.Linq;
using static OpenCityAomori.UnitTests.WorkflowSeeds.SeededWorkflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>Sequence flows, gateways, events and timers of the seeded definitions.</summary>
public sealed class SeededWorkflowFlowTests
{
    [Theory]
    [InlineData("contact-desk-notification", "FormSubmitted", "match.formName", "contact")]
    [InlineData("consultation-flow", "ProposalSubmitted", "match.scheme", "undecided")]
    [InlineData("partnership-flow", "ProposalSubmitted,ProposalSchemeChosen", "match.scheme", "partnership")]
    [InlineData("pilot-support-flow", "ProposalSubmitted,ProposalSchemeChosen", "match.scheme", "pilot")]
    public void Starts_only_on_its_events_and_matching_data(string name, string eventNames, string matchKey, string matchValue)
    {
        var document = Load(name);

        var starts = Process(document).Elements(Bpmn + "startEvent").ToList();
        Assert.Equal(eventNames.Split(','), starts.Select(s => MessageName(document, s)));
        Assert.All(starts, start =>
        {
            var match = Properties(start).Where(p => p.Key.StartsWith("match.", StringComparison.Ordinal)).ToList();
            Assert.Equal([new KeyValuePair<string, string>(matchKey, matchValue)], match);
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_message_reference_names_a_declared_message(string name)
    {
        var document = Load(name);

        var definitions = document.Descendants(Bpmn + "messageEventDefinition").ToList();
        Assert.NotEmpty(definitions);
        Assert.All(definitions, d => Assert.False(string.IsNullOrWhiteSpace(MessageName(document, d.Parent!)), Id(d.Parent!)));
    }

    [Theory]
    [InlineData("consultation-flow")]
    [InlineData("partnership-flow")]
    [InlineData("pilot-support-flow")]
    public void The_proposal_flows_wait_for_the_proposer_in_the_proposer_lane_and_give_it_no_tasks(string name)
    {
        var document = Load(name);

        var proposer = Lanes(document).Single(l => (string?)l.Attribute("name") == "事業者等");
        var nodes = proposer.Elements(Bpmn + "flowNodeRef").Select(r => FlowNodes(document).Single(n => Id(n) == r.Value.Trim())).ToList();
        Assert.All(nodes, n => Assert.True(n.Name.LocalName.EndsWith("Event", StringComparison.Ordinal) || n.Name.LocalName == "eventBasedGateway", Id(n)));
        Assert.Contains(nodes, n => n.Name.LocalName == "intermediateCatchEvent" && MessageName(document, n) == "ProposerReplied");
        Assert.Equal(new[] { "事業者等", "公民連携デスク", "事業担当課" }.Take(Lanes(document).Count()), Lanes(document).Select(l => (string)l.Attribute("name")!));
        if (name != "consultation-flow")
        {
            Assert.Equal("${departmentCode}", Properties(Lanes(document).Last())["department"]);
        }
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Flows_connect_existing_nodes_and_every_node_but_an_end_event_leads_somewhere(string name)
    {
        var document = Load(name);
        var ids = FlowNodes(document).Select(Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Flows(document), f =>
        {
            Assert.Contains((string)f.Attribute("sourceRef")!, ids);
            Assert.Contains((string)f.Attribute("targetRef")!, ids);
        });
        var sources = Flows(document).Select(f => (string)f.Attribute("sourceRef")!).ToHashSet(StringComparer.Ordinal);
        var targets = Flows(document).Select(f => (string)f.Attribute("targetRef")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(FlowNodes(document), n =>
        {
            if (n.Name.LocalName != "endEvent")
            {
                Assert.Contains(Id(n), sources);
            }

            if (n.Name.LocalName is not ("startEvent" or "boundaryEvent"))
            {
                Assert.Contains(Id(n), targets);
            }
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_node_is_reachable_from_the_start_event(string name)
    {
        var document = Load(name);
        var next = Flows(document).ToLookup(f => (string)f.Attribute("sourceRef")!, f => (string)f.Attribute("targetRef")!);
        var boundaries = Process(document).Elements(Bpmn + "boundaryEvent").ToLookup(b => (string)b.Attribute("attachedToRef")!, Id);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(Process(document).Elements(Bpmn + "startEvent").Select(Id));
        while (queue.TryDequeue(out var id))
        {
            if (reached.Add(id))
            {
                foreach (var target in next[id].Concat(boundaries[id]))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Equal(FlowNodes(document).Select(Id).Order(StringComparer.Ordinal), reached.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Exclusive_gateways_have_a_condition_on_every_flow_but_the_default(string name)
    {
        var document = Load(name);

        Assert.All(Process(document).Elements(Bpmn + "exclusiveGateway"), gateway =>
        {
            var outgoing = Flows(document).Where(f => (string?)f.Attribute("sourceRef") == Id(gateway)).ToList();
            Assert.True(outgoing.Count >= 2, Id(gateway));
            var defaultFlow = (string?)gateway.Attribute("default");
            Assert.Contains(defaultFlow, outgoing.Select(Id));
            Assert.All(outgoing, f =>
            {
                var condition = f.Element(Bpmn + "conditionExpression");
                Assert.Equal(Id(f) == defaultFlow, condition is null);
                if (condition is not null)
                {
                    Assert.Equal("bpmn:tFormalExpression", (string?)condition.Attribute(Xsi + "type"));
                    Assert.False(string.IsNullOrWhiteSpace(condition.Value));
                }
            });
        });
        Assert.All(Process(document).Elements(Bpmn + "parallelGateway"), gateway =>
            Assert.DoesNotContain(Flows(document), f => (string?)f.Attribute("sourceRef") == Id(gateway) && f.Element(Bpmn + "conditionExpression") is not null));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Boundary_timers_sit_on_user_tasks_and_every_timer_is_an_iso_8601_duration(string name)
    {
        var document = Load(name);

        Assert.All(Process(document).Elements(Bpmn + "boundaryEvent"), b =>
            Assert.Equal("userTask", Process(document).Elements().Single(e => (string?)e.Attribute("id") == (string?)b.Attribute("attachedToRef")).Name.LocalName));
        Assert.All(document.Descendants(Bpmn + "timerEventDefinition"), t =>
        {
            var duration = Assert.Single(t.Elements());
            Assert.Equal(Bpmn + "timeDuration", duration.Name);
            Assert.True(XmlConvert.ToTimeSpan(duration.Value.Trim()) > TimeSpan.Zero);
        });
    }
}
