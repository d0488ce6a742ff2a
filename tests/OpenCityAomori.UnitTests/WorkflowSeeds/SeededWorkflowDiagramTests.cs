using System.Xml.Linq;
using static OpenCityAomori.UnitTests.WorkflowSeeds.SeededWorkflows;

namespace OpenCityAomori.UnitTests.WorkflowSeeds;

/// <summary>
/// The diagram interchange (DI) that bpmn-js and other BPMN tools draw: a shape for the pool, every lane and
/// every node, an edge for every flow, horizontal lanes, left-to-right and without overlapping nodes.
/// </summary>
public sealed class SeededWorkflowDiagramTests
{
    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void The_diagram_draws_the_collaboration_and_points_only_at_existing_elements(string name)
    {
        var document = Load(name);
        var plane = Assert.Single(document.Root!.Elements(BpmnDi + "BPMNDiagram").Elements(BpmnDi + "BPMNPlane"));
        var collaboration = document.Root.Element(Bpmn + "collaboration")!;
        var ids = document.Root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Id(collaboration), (string?)plane.Attribute("bpmnElement"));
        var referenced = plane.Elements().Select(e => (string)e.Attribute("bpmnElement")!).ToList();
        Assert.All(referenced, r => Assert.Contains(r, ids));
        Assert.Equal(referenced.Count, referenced.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void The_pool_every_lane_and_every_node_have_a_shape_and_lanes_are_horizontal(string name)
    {
        var document = Load(name);
        var participant = document.Root!.Element(Bpmn + "collaboration")!.Element(Bpmn + "participant")!;

        foreach (var element in Lanes(document).Append(participant).Concat(FlowNodes(document)))
        {
            var (_, _, width, height) = Bounds(document, Id(element));
            Assert.True(width > 0 && height > 0, Id(element));
        }

        Assert.All(Lanes(document).Append(participant), e =>
            Assert.Equal("true", (string?)document.Descendants(BpmnDi + "BPMNShape").Single(s => (string?)s.Attribute("bpmnElement") == Id(e)).Attribute("isHorizontal")));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Lanes_stack_inside_the_pool_and_each_node_is_drawn_inside_its_lane(string name)
    {
        var document = Load(name);
        var pool = Bounds(document, Id(document.Root!.Element(Bpmn + "collaboration")!.Element(Bpmn + "participant")!));
        var lanes = Lanes(document).Select(l => Bounds(document, Id(l))).ToList();

        Assert.Equal(pool.Y, lanes[0].Y);
        for (var i = 1; i < lanes.Count; i++)
        {
            Assert.Equal(lanes[i - 1].Y + lanes[i - 1].Height, lanes[i].Y);
        }

        Assert.Equal(pool.Y + pool.Height, lanes[^1].Y + lanes[^1].Height);
        Assert.All(lanes, l => Assert.Equal(pool.X + pool.Width, l.X + l.Width));
        Assert.All(FlowNodes(document), node =>
        {
            var lane = Bounds(document, Id(LaneOf(document, Id(node))!));
            var b = Bounds(document, Id(node));
            Assert.True(b.X >= lane.X && b.Y >= lane.Y && b.X + b.Width <= lane.X + lane.Width && b.Y + b.Height <= lane.Y + lane.Height, Id(node));
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Nodes_do_not_overlap_except_boundary_events_on_the_edge_of_their_task(string name)
    {
        var document = Load(name);
        var nodes = FlowNodes(document).ToList();
        var boundaries = nodes.Where(n => n.Name.LocalName == "boundaryEvent").ToList();
        var others = nodes.Except(boundaries).ToList();

        for (var i = 0; i < others.Count; i++)
        {
            for (var j = i + 1; j < others.Count; j++)
            {
                Assert.False(Overlap(Bounds(document, Id(others[i])), Bounds(document, Id(others[j]))), $"{Id(others[i])} overlaps {Id(others[j])}");
            }
        }

        Assert.All(boundaries, b =>
        {
            var host = Bounds(document, (string)b.Attribute("attachedToRef")!);
            var (x, y, w, h) = Bounds(document, Id(b));
            var (cx, cy) = (x + w / 2, y + h / 2);
            var onHorizontalEdge = (cy == host.Y || cy == host.Y + host.Height) && cx >= host.X && cx <= host.X + host.Width;
            var onVerticalEdge = (cx == host.X || cx == host.X + host.Width) && cy >= host.Y && cy <= host.Y + host.Height;
            Assert.True(onHorizontalEdge || onVerticalEdge, Id(b));
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Every_flow_is_an_orthogonal_edge_from_the_border_of_its_source_to_the_border_of_its_target(string name)
    {
        var document = Load(name);

        Assert.All(Flows(document), flow => AssertOrthogonalEdgeBetweenItsEnds(document, flow));
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void Annotations_sit_in_one_lane_clear_of_nodes_and_flows_and_their_associations_are_orthogonal_edges(string name)
    {
        var document = Load(name);
        var lanes = Lanes(document).Select(l => Bounds(document, Id(l))).ToList();

        Assert.All(Annotations(document), annotation =>
        {
            var box = Bounds(document, Id(annotation));
            Assert.False(string.IsNullOrWhiteSpace(annotation.Element(Bpmn + "text")?.Value), $"{Id(annotation)} has no text");
            Assert.Single(lanes, lane => box.X >= lane.X && box.Y >= lane.Y && box.X + box.Width <= lane.X + lane.Width && box.Y + box.Height <= lane.Y + lane.Height);
            Assert.All(FlowNodes(document), node => Assert.False(Overlap(box, Bounds(document, Id(node))), $"{Id(annotation)} overlaps {Id(node)}"));
            Assert.All(Flows(document), flow =>
            {
                var points = Waypoints(document, Id(flow));
                for (var i = 1; i < points.Count; i++)
                {
                    Assert.False(Crosses(box, points[i - 1], points[i]), $"{Id(flow)} is drawn through {Id(annotation)}");
                }
            });
        });
        Assert.All(Associations(document), association =>
        {
            AssertOrthogonalEdgeBetweenItsEnds(document, association);
            var ends = new[] { (string)association.Attribute("sourceRef")!, (string)association.Attribute("targetRef")! };
            var points = Waypoints(document, Id(association));
            foreach (var other in FlowNodes(document).Concat(Annotations(document)).Select(Id).Where(id => !ends.Contains(id)))
            {
                for (var i = 1; i < points.Count; i++)
                {
                    Assert.False(Crosses(Bounds(document, other), points[i - 1], points[i]), $"{Id(association)} is drawn through {other}");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void No_flow_is_drawn_through_a_node_it_does_not_connect(string name)
    {
        var document = Load(name);
        var nodes = FlowNodes(document).ToList();

        Assert.All(Flows(document), flow =>
        {
            var ends = new[] { (string)flow.Attribute("sourceRef")!, (string)flow.Attribute("targetRef")! };
            var hosts = nodes.Where(n => ends.Contains(Id(n))).Select(n => (string?)n.Attribute("attachedToRef")).OfType<string>();
            var points = Waypoints(document, Id(flow));
            foreach (var node in nodes.Where(n => !ends.Contains(Id(n)) && !hosts.Contains(Id(n))))
            {
                var box = Bounds(document, Id(node));
                for (var i = 1; i < points.Count; i++)
                {
                    Assert.False(Crosses(box, points[i - 1], points[i]), $"{Id(flow)} is drawn through {Id(node)}");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(All), MemberType = typeof(SeededWorkflows))]
    public void The_diagram_reads_left_to_right_from_the_start_event(string name)
    {
        var document = Load(name);
        var start = Process(document).Elements(Bpmn + "startEvent").Select(s => Bounds(document, Id(s))).MinBy(b => b.X);

        Assert.All(FlowNodes(document).Where(n => n.Name.LocalName != "startEvent"), n => Assert.True(Bounds(document, Id(n)).X > start.X, Id(n)));
        var ends = Process(document).Elements(Bpmn + "endEvent").Select(e => Bounds(document, Id(e)).X).ToList();
        Assert.True(ends.Max() > Process(document).Elements(Bpmn + "userTask").Concat(Process(document).Elements(Bpmn + "serviceTask")).Max(t => Bounds(document, Id(t)).X));
    }

    private static List<(double X, double Y)> Waypoints(XDocument document, string edgeOf) =>
        document.Descendants(BpmnDi + "BPMNEdge").Single(e => (string?)e.Attribute("bpmnElement") == edgeOf)
            .Elements(Di + "waypoint").Select(p => ((double)p.Attribute("x")!, (double)p.Attribute("y")!)).ToList();

    /// <summary>A sequence flow or association: an edge from its source's border to its target's, without diagonal segments.</summary>
    private static void AssertOrthogonalEdgeBetweenItsEnds(XDocument document, XElement connection)
    {
        var points = Waypoints(document, Id(connection));
        Assert.True(points.Count >= 2, Id(connection));
        Assert.True(OnBorder(Bounds(document, (string)connection.Attribute("sourceRef")!), points[0]), $"{Id(connection)} does not leave its source's border");
        Assert.True(OnBorder(Bounds(document, (string)connection.Attribute("targetRef")!), points[^1]), $"{Id(connection)} does not reach its target's border");
        for (var i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].X == points[i - 1].X || points[i].Y == points[i - 1].Y, $"{Id(connection)} segment {i} is diagonal");
        }
    }

    private static bool Overlap((double X, double Y, double Width, double Height) a, (double X, double Y, double Width, double Height) b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>Whether an orthogonal segment passes through the inside of the box (touching its border is fine).</summary>
    private static bool Crosses((double X, double Y, double Width, double Height) box, (double X, double Y) a, (double X, double Y) b) =>
        a.Y == b.Y
            ? a.Y > box.Y && a.Y < box.Y + box.Height && Math.Max(a.X, b.X) > box.X && Math.Min(a.X, b.X) < box.X + box.Width
            : a.X > box.X && a.X < box.X + box.Width && Math.Max(a.Y, b.Y) > box.Y && Math.Min(a.Y, b.Y) < box.Y + box.Height;

    private static bool OnBorder((double X, double Y, double Width, double Height) box, (double X, double Y) p)
    {
        const double Tolerance = 1;
        var withinX = p.X >= box.X - Tolerance && p.X <= box.X + box.Width + Tolerance;
        var withinY = p.Y >= box.Y - Tolerance && p.Y <= box.Y + box.Height + Tolerance;
        var onVertical = Math.Abs(p.X - box.X) <= Tolerance || Math.Abs(p.X - (box.X + box.Width)) <= Tolerance;
        var onHorizontal = Math.Abs(p.Y - box.Y) <= Tolerance || Math.Abs(p.Y - (box.Y + box.Height)) <= Tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }
}
