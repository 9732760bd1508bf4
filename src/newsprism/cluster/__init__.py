"""Corpus stage: articles -> events (one happening, one span of time) -> stories (events linked).

EventClusterer(...).fit(articles)          / cluster_events(articles)
StoryClusterer(...).fit(articles, events)  / cluster_stories(articles, events)
"""

from newsprism.cluster.events import EventCluster, EventClusterer, cluster_events
from newsprism.cluster.stories import StoryCluster, StoryClusterer, cluster_stories

__all__ = [
    "EventCluster",
    "EventClusterer",
    "StoryCluster",
    "StoryClusterer",
    "cluster_events",
    "cluster_stories",
]
