"""Corpus stage: articles -> events (one happening, one span of time) -> stories (events linked).

EventClusterer(...).fit(articles)          / cluster_events(articles)
IncrementalEventClusterer(weights=W).partial_fit(articles), call after call: the events of
    EventClusterer(weights=W).fit(all of them)
StoryClusterer(...).fit(articles, events)  / cluster_stories(articles, events)
"""

from newsprism.cluster.events import EventCluster, EventClusterer, cluster_events
from newsprism.cluster.features import TermWeights
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.stories import StoryCluster, StoryClusterer, cluster_stories

__all__ = [
    "EventCluster",
    "EventClusterer",
    "IncrementalEventClusterer",
    "StoryCluster",
    "StoryClusterer",
    "TermWeights",
    "cluster_events",
    "cluster_stories",
]
