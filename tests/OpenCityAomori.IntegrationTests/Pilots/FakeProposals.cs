using System.Collections.Concurrent;
using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>
/// The proposal side of the pilot tests, held in memory: proposals the tests make and what PilotSupport asked of Proposals
/// (progress, messages, closed document requests). The acceptance and the report through the real Proposals module are tested in
/// ProposalAcceptanceTests and PilotReportJourneyTests.
/// </summary>
public sealed class FakeProposals : IProposalReader, IProposalUpdates
{
    private readonly ConcurrentDictionary<long, ProposalSnapshot> proposals = new();
    private long next = 800_000;

    public ConcurrentQueue<(long ProposalId, ProposalProgress Progress)> Progress { get; } = new();

    public ConcurrentQueue<(long ProposalId, string Body, string? Staff)> Messages { get; } = new();

    public ConcurrentQueue<(long ProposalId, string Key)> Closed { get; } = new();

    public long Add(string title, string? department)
    {
        var id = Interlocked.Increment(ref next);
        proposals[id] = new ProposalSnapshot(
            id, $"P-20270401-{id % 10000:0000}", title, "pilot", ProposalProgress.Answered, department,
            [new("株式会社実証テスト", "7000012050002")], new Dictionary<string, string>(), [], [], $"/admin/proposals/{id}");
        return id;
    }

    public Task<ProposalSnapshot?> GetAsync(long proposalId, CancellationToken cancellationToken = default) =>
        Task.FromResult(proposals.GetValueOrDefault(proposalId));

    public Task<(ProposalFileInfo File, byte[] Bytes)?> OpenFileAsync(long proposalId, string fileId, CancellationToken cancellationToken = default) =>
        Task.FromResult<(ProposalFileInfo, byte[])?>(null);

    public Task<bool> SetProgressAsync(long proposalId, ProposalProgress progress, CancellationToken cancellationToken = default)
    {
        Progress.Enqueue((proposalId, progress));
        return Task.FromResult(proposals.ContainsKey(proposalId));
    }

    public Task<bool> MessageProposerAsync(long proposalId, string body, string? staffName, CancellationToken cancellationToken = default)
    {
        Messages.Enqueue((proposalId, body, staffName));
        return Task.FromResult(proposals.ContainsKey(proposalId));
    }

    public Task<bool> RequestDocumentAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(proposals.ContainsKey(proposalId));

    public Task<bool> CloseDocumentRequestAsync(long proposalId, string key, CancellationToken cancellationToken = default)
    {
        Closed.Enqueue((proposalId, key));
        return Task.FromResult(proposals.ContainsKey(proposalId));
    }
}
