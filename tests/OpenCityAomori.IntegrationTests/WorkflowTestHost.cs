using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.IntegrationTests;

/// <summary>
/// A host for workflow tests: no site recipe, a fast timer poll. Several hosts may share one database
/// (nodes, or a restart); the first one owns it and drops it on dispose.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly bool ownsDatabase;

    private WorkflowTestHost(TestDatabase database, bool ownsDatabase, OcaAppFactory factory)
    {
        Database = database;
        this.ownsDatabase = ownsDatabase;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public OcaAppFactory Factory { get; }

    public static ClaimsPrincipal Admin { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, OcaAppFactory.AdminEmail), new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Role, RoleNames.Administrator)], "test"));

    public static async Task<WorkflowTestHost> StartAsync(string provider, TestDatabase? shared = null)
    {
        var database = shared ?? await TestDatabase.CreateAsync(provider, DatabaseContent.Schema);
        var factory = new OcaAppFactory(database, recipe: string.Empty, settings: new Dictionary<string, string> { ["Workflows:TimerPollSeconds"] = "0.2" });
        _ = factory.Server;
        return new WorkflowTestHost(database, shared is null, factory);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task DeployAsync(string name, string xml) => WithAsync(async sp =>
    {
        var result = await sp.GetRequiredService<WorkflowDefinitionStore>().ImportAsync(name, name + "（テスト）", name + " (test)", xml, "tester", publish: true);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems) + result.Error?.En);
        return result;
    });

    public Task<WorkflowEventResult> PublishAsync(string name, string businessKey, string? eventId = null, Dictionary<string, string?>? data = null) =>
        WithAsync(sp => sp.GetRequiredService<IWorkflowEventPublisher>().PublishAsync(new WorkflowEvent(name, businessKey, eventId ?? Guid.NewGuid().ToString(), data ?? [])));

    internal Task<InstanceDetail> InstanceAsync(Guid id) =>
        WithAsync(async sp => await sp.GetRequiredService<WorkflowInstanceQuery>().GetAsync(id) ?? throw new InvalidOperationException($"Instance {id} not found."));

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting until " + what);
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>Workflow hosts shared by the tests of a class, one per provider (see <see cref="SharedHosts{THost}"/>).</summary>
public sealed class SharedWorkflowHosts : SharedHosts<WorkflowTestHost>
{
    protected override Task<WorkflowTestHost> StartAsync(string provider) => WorkflowTestHost.StartAsync(provider);
}

/// <summary>BPMN used by the integration tests.</summary>
internal static class WorkflowSamples
{
    public static string Definitions(string body, params string[] messages) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:oca="http://opencity-aomori.jp/schema/bpmn/1.0" id="Defs" targetNamespace="http://example.test">
          {string.Concat(messages.Select(m => $"<bpmn:message id=\"Message_{m}\" name=\"{m}\" />"))}
          <bpmn:process id="Process_1" isExecutable="true">{body}</bpmn:process>
        </bpmn:definitions>
        """;

    public static string Props(params (string Name, string Value)[] properties) =>
        "<bpmn:extensionElements><oca:properties>" + string.Concat(properties.Select(p => $"<oca:property name=\"{p.Name}\">{p.Value}</oca:property>")) + "</oca:properties></bpmn:extensionElements>";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\" />"
        : $"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{from}\" targetRef=\"{to}\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">{condition}</bpmn:conditionExpression></bpmn:sequenceFlow>";

    /// <summary>Form submitted → desk reviews → (approve) department task / (else) end; the proposer's reply is awaited first.</summary>
    public static readonly string Review = Definitions(
        $"<bpmn:startEvent id=\"start\">{Props(("match.formName", "contact"))}<bpmn:messageEventDefinition messageRef=\"Message_FormSubmitted\" /></bpmn:startEvent>"
        + "<bpmn:intermediateCatchEvent id=\"reply\"><bpmn:messageEventDefinition messageRef=\"Message_Replied\" /></bpmn:intermediateCatchEvent>"
        + $"<bpmn:userTask id=\"review\" name=\"デスク確認\">{Props(("role", "DeskStaff"), ("dueIn", "P3D"))}</bpmn:userTask>"
        + "<bpmn:exclusiveGateway id=\"g\" default=\"fEnd\" />"
        + $"<bpmn:userTask id=\"dept\" name=\"担当課対応\">{Props(("role", "DepartmentStaff"), ("department", "${departmentCode}"))}</bpmn:userTask>"
        + "<bpmn:endEvent id=\"end\" /><bpmn:endEvent id=\"end2\" />"
        + Flow("f1", "start", "reply") + Flow("f2", "reply", "review") + Flow("f3", "review", "g")
        + Flow("fApprove", "g", "dept", "outcome == 'approve'") + Flow("fEnd", "g", "end") + Flow("f4", "dept", "end2"),
        "FormSubmitted", "Replied");

    /// <summary>Event → wait one second → user task.</summary>
    public static readonly string Timer = Definitions(
        "<bpmn:startEvent id=\"start\"><bpmn:messageEventDefinition messageRef=\"Message_Tick\" /></bpmn:startEvent>"
        + "<bpmn:intermediateCatchEvent id=\"wait\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
        + $"<bpmn:userTask id=\"after\" name=\"後続\">{Props(("role", "DeskStaff"))}</bpmn:userTask><bpmn:endEvent id=\"end\" />"
        + Flow("f1", "start", "wait") + Flow("f2", "wait", "after") + Flow("f3", "after", "end"),
        "Tick");
}
