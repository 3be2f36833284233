# One image for web, worker and beat.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# Only what runs in production, every transitive dependency pinned (tests and lint stay out).
COPY requirements.txt constraints.txt ./
RUN pip install -r requirements.txt -c constraints.txt
COPY . .
# Static files and compiled translations are built into the image.
RUN DEBUG=false SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py collectstatic --no-input -v0 \
    && DEBUG=false SECRET_KEY=build-only ALLOWED_HOSTS=localhost python manage.py compile_translations -v0

RUN useradd --create-home app && chown -R app /app
USER app
EXPOSE 8000
CMD ["gunicorn", "-c", "python:tracker.gunicorn", "tracker.wsgi:application"]
