using System.Xml.Linq;
using OpenCityAomori.Modules.PilotSupport.Models;
using OpenCityAomori.Modules.PilotSupport.Services;
using static OpenCityAomori.UnitTests.WorkflowSeeds.SeededWorkflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// The pilot flow after acceptance draws the pilot checklist's steps in the lanes of their owners and of the
/// portal's flow page, as notes only: staff record those steps once, on the checklist.
/// </summary>
public sealed class SeededPilotFlowTests
{
    private const string Name = "pilot-support-flow";

    [Fact]
    public void Each_checklist_step_is_named_in_the_note_of_its_owners_lane()
    {
        var document = Load(Name);

        Assert.All(PilotChecklist.Steps, s =>
            Assert.Contains(PilotText.Step(s.Step).Ja, NoteIn(document, PilotText.Owner(s.Owner).Ja), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_party_of_the_portal_pages_pilot_steps_finds_its_part_in_the_note_of_its_lane()
    {
        var document = Load(Name);
        var (parties, rows) = PortalPilotSteps();

        Assert.Equal(Lanes(document).Select(l => (string)l.Attribute("name")!), parties);
        Assert.Equal(PilotChecklist.Steps.Count, rows.Count);
        Assert.All(rows, row =>
        {
            for (var i = 0; i < parties.Count; i++)
            {
                if (row[i] != "—")
                {
                    Assert.Contains(row[i], NoteIn(document, parties[i]), StringComparison.Ordinal);
                }
            }
        });
    }

    [Fact]
    public void After_acceptance_the_flow_tells_the_proposer_and_ends_without_tasks_or_timers_of_its_own()
    {
        var document = Load(Name);
        var next = Flows(document).ToLookup(f => (string)f.Attribute("sourceRef")!, f => (string)f.Attribute("targetRef")!);
        var after = new List<XElement>();
        var queue = new Queue<string>(next["Task_Accept"]);
        while (queue.TryDequeue(out var id))
        {
            after.Add(FlowNodes(document).Single(n => Id(n) == id));
            foreach (var target in next[id])
            {
                queue.Enqueue(target);
            }
        }

        Assert.Equal(["serviceTask", "endEvent"], after.Select(n => n.Name.LocalName));
        Assert.Equal("MessageProposer", Properties(after[0])["activity"]);
        var stepNames = PilotChecklist.Steps.Select(s => PilotText.Step(s.Step).Ja).ToList();
        Assert.All(Process(document).Elements(Bpmn + "userTask"), t =>
            Assert.DoesNotContain(stepNames, step => ((string?)t.Attribute("name") ?? "").Contains(step, StringComparison.Ordinal)));
        Assert.All(Annotations(document), a =>
            Assert.Single(Associations(document), s => (string?)s.Attribute("targetRef") == Id(a) && (string?)s.Attribute("sourceRef") == Id(after[^1])));
    }

    /// <summary>The text of the note drawn inside the lane with this name.</summary>
    private static string NoteIn(XDocument document, string laneName)
    {
        var lane = Bounds(document, Id(Lanes(document).Single(l => (string?)l.Attribute("name") == laneName)));
        return Assert.Single(Annotations(document), a =>
        {
            var b = Bounds(document, Id(a));
            return b.Y >= lane.Y && b.Y + b.Height <= lane.Y + lane.Height;
        }).Element(Bpmn + "text")!.Value;
    }

    /// <summary>The parties (columns) and the steps after the answer (rows 9–15) of the portal's 実証実験サポート table.</summary>
    private static (List<string> Parties, List<string[]> Rows) PortalPilotSteps()
    {
        var lines = File.ReadAllLines(Path.Combine(RecipeDirectory, "pages", "ja", "flows.md"));
        var table = lines.SkipWhile(l => l != "## 実証実験サポートのフロー").Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var rows = table.Skip(2).Where(r => int.Parse(r[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 9).Select(r => r[1..]).ToList();
        return (table[0][1..].ToList(), rows);
    }
}
