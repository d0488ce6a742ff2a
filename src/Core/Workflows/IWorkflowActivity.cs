using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Core.Workflows;

/// <summary>
/// A step a BPMN service task can run, contributed by a module (registered as a singleton
/// <see cref="IWorkflowActivity"/>). <see cref="Name"/> is what the BPMN stores in the task's
/// <c>activity</c> property; <see cref="Parameters"/> are the task's other properties.
/// </summary>
public interface IWorkflowActivity
{
    string Name { get; }

    LocalizedText DisplayName { get; }

    LocalizedText Description { get; }

    IReadOnlyList<ActivityParameter> Parameters { get; }

    /// <summary>The outcomes it may return; outgoing flow conditions can test <c>outcome</c>.</summary>
    IReadOnlyList<ActivityOutcome> Outcomes { get; }

    Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

public enum ActivityParameterKind
{
    Text,
    MultilineText,

    /// <summary>A Liquid template (Fluid) rendered with the instance variables.</summary>
    Template,

    /// <summary>A JavaScript expression (Jint) over the instance variables.</summary>
    Script,
    Number,
    Boolean,

    /// <summary>ISO-8601 duration such as PT48H.</summary>
    Duration,
    Role,
    Department,
    User,
    Email,
    Url,
    Select,
}

public sealed record ActivityParameter(
    string Name,
    LocalizedText Label,
    ActivityParameterKind Kind,
    bool Required = false,
    LocalizedText? Help = null,
    IReadOnlyList<string>? Options = null,
    string? DefaultValue = null);

public sealed record ActivityOutcome(string Name, LocalizedText Label)
{
    public static readonly ActivityOutcome Done = new("done", new("完了", "Done"));
}
