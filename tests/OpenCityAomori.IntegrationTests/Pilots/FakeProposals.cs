using System.Collections.Concurrent;
using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.IntegrationTests.Pilots;

/// <summary>
/// The proposal side of the pilot tests, held in memory: proposals the tests make, the report files they "upload" and what
/// PilotSupport asked of Proposals (progress, messages, document requests). The acceptance through the real Proposals
/// module is tested in ProposalAcceptanceTests.
/// </summary>
public sealed class FakeProposals : IProposalReader, IProposalUpdates
{
    private readonly ConcurrentDictionary<long, ProposalSnapshot> proposals = new();
    private readonly ConcurrentDictionary<string, byte[]> bytes = new();
    private long next = 800_000;

    public ConcurrentQueue<(long ProposalId, ProposalProgress Progress)> Progress { get; } = new();

    public ConcurrentQueue<(long ProposalId, string Body, string? Staff)> Messages { get; } = new();

    public ConcurrentQueue<(long ProposalId, ProposalDocumentRequest Request)> Requests { get; } = new();

    public ConcurrentQueue<(long ProposalId, string Key)> Closed { get; } = new();

    public long Add(string title, string? department)
    {
        var id = Interlocked.Increment(ref next);
        proposals[id] = new ProposalSnapshot(
            id, $"P-20270401-{id % 10000:0000}", title, "pilot", ProposalProgress.Answered, department,
            [new("株式会社実証テスト", "7000012050002")], new Dictionary<string, string>(), [], [], $"/admin/proposals/{id}");
        return id;
    }

    /// <summary>What the proposer's upload on the tracking page leaves: a file of the proposal with the request's key.</summary>
    public string Upload(long proposalId, string fileName, byte[] content, DateTime uploadedUtc)
    {
        var file = new ProposalFileInfo(Guid.NewGuid().ToString("N"), fileName, "application/pdf", content.Length, false, uploadedUtc, "pilot-report");
        bytes[file.Id] = content;
        proposals.AddOrUpdate(proposalId, _ => throw new InvalidOperationException(), (_, p) => p with { Files = [.. p.Files, file] });
        return file.Id;
    }

    public Task<ProposalSnapshot?> GetAsync(long proposalId, CancellationToken cancellationToken = default) =>
        Task.FromResult(proposals.GetValueOrDefault(proposalId));

    public Task<(ProposalFileInfo File, byte[] Bytes)?> OpenFileAsync(long proposalId, string fileId, CancellationToken cancellationToken = default) =>
        Task.FromResult(proposals.GetValueOrDefault(proposalId)?.Files.FirstOrDefault(f => f.Id == fileId) is { } file
            ? ((ProposalFileInfo, byte[])?)(file, bytes[file.Id])
            : null);

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

    public Task<bool> RequestDocumentAsync(long proposalId, ProposalDocumentRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue((proposalId, request));
        return Task.FromResult(proposals.ContainsKey(proposalId));
    }

    public Task<bool> CloseDocumentRequestAsync(long proposalId, string key, CancellationToken cancellationToken = default)
    {
        Closed.Enqueue((proposalId, key));
        return Task.FromResult(proposals.ContainsKey(proposalId));
    }
}
