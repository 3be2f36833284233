"""A Redis cache that fails open: with Redis down, pages are served uncached."""

import logging

import redis
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


class FailOpenRedisCache(RedisCache):
    """Reads miss and writes are dropped while Redis is unreachable, instead of raising."""

    def _guard(name: str, default=None):
        def method(self, *args, **kwargs):
            try:
                return getattr(RedisCache, name)(self, *args, **kwargs)
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as error:
                logger.warning("cache %s failed open: %s", name, error)
                return default() if callable(default) else default

        method.__name__ = name
        return method

    get = _guard("get")
    set = _guard("set")
    add = _guard("add", False)
    delete = _guard("delete", False)
    get_many = _guard("get_many", dict)
    set_many = _guard("set_many", list)
    delete_many = _guard("delete_many")
    incr = _guard("incr")
    touch = _guard("touch", False)
    has_key = _guard("has_key", False)
    clear = _guard("clear")
    del _guard
