using System.Text.Json;
using System.Text.Json.Serialization;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Engine;

internal static class TokenJson
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };
}

/// <summary>An instance loaded for one step: its row, its process model, variables and tokens in memory.</summary>
internal sealed class InstanceRun
{
    private static readonly JsonSerializerOptions Json = TokenJson.Options;

    public InstanceRun(WorkflowInstance entity, ProcessModel model)
    {
        Entity = entity;
        Model = model;
        Variables = JsonSerializer.Deserialize<Dictionary<string, string?>>(entity.VariablesJson, Json) ?? new(StringComparer.Ordinal);
        Tokens = JsonSerializer.Deserialize<List<Token>>(entity.TokensJson, Json) ?? [];
    }

    public WorkflowInstance Entity { get; }

    public ProcessModel Model { get; }

    public Dictionary<string, string?> Variables { get; }

    public List<Token> Tokens { get; }

    public Token? Token(Guid id) => Tokens.Find(t => t.Id == id);

    /// <summary>Writes variables and tokens back into the row and derives the status.</summary>
    public void Store(DateTime nowUtc)
    {
        Entity.VariablesJson = JsonSerializer.Serialize(Variables, Json);
        Entity.TokensJson = JsonSerializer.Serialize(Tokens, Json);
        Entity.UpdatedUtc = nowUtc;
        Entity.Revision++;
        if (Entity.Status is InstanceStatus.Cancelled)
        {
            return;
        }

        if (Tokens.Count == 0)
        {
            Entity.Status = InstanceStatus.Completed;
            Entity.CompletedUtc ??= nowUtc;
        }
        else if (Tokens.Exists(t => t.State == TokenState.Failed))
        {
            Entity.Status = InstanceStatus.Faulted;
        }
        else
        {
            Entity.Status = Tokens.Exists(t => t.State == TokenState.Ready) ? InstanceStatus.Running : InstanceStatus.Waiting;
        }

        if (Entity.Status != InstanceStatus.Faulted && !Tokens.Exists(t => t.State == TokenState.RetryWait))
        {
            Entity.Error = null;
            Entity.FaultedElementId = null;
            Entity.NextAttemptUtc = null;
            Entity.RetryCount = 0;
        }
    }
}
