using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

/// <summary>The <see cref="ActivityContext"/> of one service task run inside a step.</summary>
internal sealed class EngineActivityContext(WorkflowEngine engine, InstanceRun run, BpmnElement element) : ActivityContext
{
    public override Guid InstanceId => run.Entity.Id;

    public override string DefinitionName => run.Entity.DefinitionName;

    public override string BusinessKey => run.Entity.BusinessKey;

    public override string ElementId => element.Id;

    public override IDictionary<string, string?> Variables => run.Variables;

    public override IServiceProvider Services => engine.Services;

    public override DateTimeOffset Now => new(engine.Now, TimeSpan.Zero);

    public override string? Parameter(string name) => element.Property(name);

    public override ValueTask<string> RenderAsync(string template, CancellationToken cancellationToken) => engine.RenderAsync(run, template);

    public override void Log(string message) => engine.History(run, element.Id, HistoryKinds.Log, null, message: message);
}
